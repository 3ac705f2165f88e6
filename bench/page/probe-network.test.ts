import { describe, expect, it } from 'vitest';
import { audioSamples, noteMessage } from './probe-network.ts';
import type { ProbeRecords } from './probe-records.ts';
import type { ProbeState } from './probe-state.ts';

function emptyRecords(): ProbeRecords {
  return {
    captures: [],
    speech: [],
    replyStarts: [],
    onsets: [],
    sockets: [],
    goAways: [],
    unmatchedSends: 0,
    uninspectedMessages: 0,
    cappedCaptureTimes: 0,
    playerUnderruns: 0,
    baselineUnderruns: 0,
  };
}

describe('audioSamples', () => {
  it('counts PCM16 samples from the base64 length of a realtimeInput audio message', () => {
    for (const bytes of [640, 641, 642, 4096]) {
      const data = Buffer.alloc(bytes).toString('base64');
      const json = JSON.stringify({ realtimeInput: { audio: { data, mimeType: 'audio/pcm;rate=16000' } } });
      expect(audioSamples(json)).toBe(bytes / 2);
    }
  });

  it('says -1 for a message without audio data', () => {
    expect(audioSamples('{"realtimeInput":{"text":"hi"}}')).toBe(-1);
  });
});

describe('noteMessage', () => {
  it('reads binary frames (as the service sends them) in arrival order, timed when they arrived', async () => {
    const r = emptyRecords();
    const state: ProbeState = { pending: -1, lastAudioMessageAt: Number.NEGATIVE_INFINITY, reading: Promise.resolve() };
    const audio = JSON.stringify({
      serverContent: { modelTurn: { parts: [{ inlineData: { mimeType: 'audio/pcm;rate=24000', data: 'AAAA' } }] } },
    });
    const before = performance.now();
    noteMessage(r, state, 0, new Blob([audio]));
    noteMessage(r, state, 0, new Blob([JSON.stringify({ goAway: { timeLeft: '5s' } })]));
    const after = performance.now();
    await state.reading;
    expect(r.replyStarts).toHaveLength(1);
    expect(r.replyStarts[0]).toBeGreaterThanOrEqual(before);
    expect(r.replyStarts[0]).toBeLessThanOrEqual(after);
    expect(r.goAways).toHaveLength(1);
    expect(r.uninspectedMessages).toBe(0);
  });
});
