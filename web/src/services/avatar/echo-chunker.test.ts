import { describe, expect, it } from 'vitest';
import { createEchoChunker, samplesThatFit, type EchoPiece } from './echo-chunker';
import { DAILY_APP_MESSAGE_MAX_CHARS } from './echo-messages';
import { concatPcm, distinctPcm, echoedPcm, firstDifference, sequentialIds } from './testing/echo-fixtures';

const TAIL = 960; // 40 ms at 24 kHz

/** Cuts `pcm` into pieces of the given sizes, cycling through them. */
function split(pcm: Int16Array, sizes: readonly number[]): Int16Array[] {
  const parts: Int16Array[] = [];
  for (let at = 0, i = 0; at < pcm.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    parts.push(pcm.subarray(at, at + size));
    at += size;
  }
  return parts;
}

function streamTurn(
  parts: readonly Int16Array[],
  chunker = createEchoChunker({ conversationId: 'c123', newInferenceId: sequentialIds() }),
): EchoPiece[] {
  const pieces = parts.flatMap((p, i) => chunker.push(p, i));
  return [...pieces, ...chunker.endTurn()];
}

describe('createEchoChunker', () => {
  it('carries every sample in order across arbitrary incoming chunk sizes, then 40 ms of silence', () => {
    const reply = distinctPcm(24000 * 3 + 17);
    for (const sizes of [[1], [7, 1999, 3], [480], [1440], [24001], [13, 5000, 1, 960]]) {
      const pieces = streamTurn(split(reply, sizes));
      const expected = concatPcm([reply, new Int16Array(TAIL)]);
      expect(firstDifference(echoedPcm(pieces.map((p) => p.message)), expected), `sizes ${sizes.join(',')}`).toBe(-1);
    }
    // One-sample pushes make 72,000 calls: plenty of time on a loaded machine; this is not a speed check.
  }, 60_000);

  it('keeps every message within Daily’s 4096-character cap, even with worst-case ids', () => {
    const escapes = '"\\\u0001\u2028é'.repeat(20); // quotes, backslashes and control characters grow in JSON
    const chunker = createEchoChunker({
      conversationId: `c${escapes}`,
      newInferenceId: () => `inference-${escapes}`,
      maxChunkMs: 1000,
    });
    const pieces = streamTurn(split(distinctPcm(24000 * 2), [4000, 333]), chunker);
    expect(pieces.length).toBeGreaterThan(10);
    for (const { message } of pieces)
      expect(JSON.stringify(message).length).toBeLessThanOrEqual(DAILY_APP_MESSAGE_MAX_CHARS);
  });

  it('uses chunks of about 60 ms with ordinary ids, filled right up to the cap when asked for more', () => {
    const pieces = streamTurn([distinctPcm(24000)]);
    expect(pieces[0]?.samples).toBe(1440);
    const uuid = '123e4567-e89b-12d3-a456-426614174000';
    const big = createEchoChunker({
      conversationId: 'c0123456789abcdef',
      newInferenceId: () => uuid,
      maxChunkMs: 1000,
    });
    const [first] = big.push(distinctPcm(24000), 0);
    const length = JSON.stringify(first?.message).length;
    expect(length).toBeLessThanOrEqual(DAILY_APP_MESSAGE_MAX_CHARS);
    expect(length).toBeGreaterThan(DAILY_APP_MESSAGE_MAX_CHARS - 8); // 4 base64 characters per 3 bytes
    expect(first?.samples).toBe(samplesThatFit('c0123456789abcdef', uuid));
  });

  it('marks only the last message of a turn done, and all of a turn share one inference id', () => {
    const pieces = streamTurn(split(distinctPcm(10_000), [700]));
    expect(pieces.map((p) => p.message.properties.done)).toEqual([...pieces.slice(1).map(() => false), true]);
    expect(new Set(pieces.map((p) => p.message.properties.inference_id))).toEqual(new Set(['turn-1']));
  });

  it('gives each turn a new inference id after endTurn and after interrupt', () => {
    const chunker = createEchoChunker({ conversationId: 'c123', newInferenceId: sequentialIds() });
    const ids = (pieces: EchoPiece[]) => [...new Set(pieces.map((p) => p.message.properties.inference_id))];
    expect(ids([...chunker.push(distinctPcm(3000), 0), ...chunker.endTurn()])).toEqual(['turn-1']);
    expect(ids(chunker.push(distinctPcm(3000), 0))).toEqual(['turn-2']);
    expect(chunker.interrupt()).toEqual({
      message_type: 'conversation',
      event_type: 'conversation.interrupt',
      conversation_id: 'c123',
    });
    expect(ids([...chunker.push(distinctPcm(3000), 0), ...chunker.endTurn()])).toEqual(['turn-3']);
  });

  it('drops the unsent remainder on interrupt, so the next turn starts clean', () => {
    const chunker = createEchoChunker({ conversationId: 'c123', newInferenceId: sequentialIds() });
    chunker.push(distinctPcm(2000, 0), 0); // 1440 sent, 560 held back
    chunker.interrupt();
    const next = distinctPcm(100, 50_000);
    const sent = echoedPcm([...chunker.push(next, 1), ...chunker.endTurn()].map((p) => p.message));
    expect(firstDifference(sent, concatPcm([next, new Int16Array(TAIL)]))).toBe(-1);
  });

  it('sends nothing for a turn that had no audio', () => {
    const chunker = createEchoChunker({ conversationId: 'c123' });
    expect(chunker.endTurn()).toEqual([]);
    expect(chunker.push(new Int16Array(0), 0)).toEqual([]);
    expect(chunker.endTurn()).toEqual([]);
  });

  it('tags each message with the arrival times of the chunks that start in it', () => {
    const chunker = createEchoChunker({ conversationId: 'c123' });
    expect(chunker.push(distinctPcm(1000), 10)).toEqual([]); // waits for a full 60 ms
    const second = chunker.push(distinctPcm(1000), 20); // 2000 samples: one message of 1440
    expect(second.map((p) => p.arrivals)).toEqual([[10, 20]]);
    const third = chunker.push(distinctPcm(3000), 30); // 560 + 3000: two full messages
    expect(third.map((p) => p.arrivals)).toEqual([[30], []]);
    expect(chunker.endTurn().map((p) => p.arrivals)).toEqual([[], []]); // 680 + 960 of silence
  });

  it('refuses ids so long that a message could not carry 10 ms of audio', () => {
    const chunker = createEchoChunker({ conversationId: 'c'.repeat(4000) });
    expect(() => chunker.push(distinctPcm(10), 0)).toThrow(RangeError);
  });
});
