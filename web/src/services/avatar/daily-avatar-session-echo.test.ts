import { describe, expect, it } from 'vitest';
import { DAILY_APP_MESSAGE_MAX_CHARS, type EchoAudioMessage } from './echo-messages';
import { concatPcm, distinctPcm, echoedPcm, firstDifference, isEchoAudio } from './testing/echo-fixtures';
import { replicaParticipant } from './testing/fake-call-object';
import { sessionHarness } from './testing/session-harness';

const TAIL = new Int16Array(960); // the 40 ms of silence that closes a turn

function audioMessages(sent: readonly { data: unknown }[]): EchoAudioMessage[] {
  return sent.map((s) => s.data).filter(isEchoAudio);
}

/** Gemini-like reply pieces of uneven size. */
function reply(totalSamples: number, start = 0): Int16Array[] {
  const sizes = [4800, 960, 3001, 11_999, 480];
  const parts: Int16Array[] = [];
  for (let at = 0, i = 0; at < totalSamples; i++) {
    const size = Math.min(totalSamples - at, sizes[i % sizes.length] ?? 960);
    parts.push(distinctPcm(size, start + at));
    at += size;
  }
  return parts;
}

describe('DailyAvatarSession echo', () => {
  it('sends nothing before the replica is in the room', async () => {
    const h = sessionHarness();
    const outcome = h.startSettled();
    await h.clock.flush();
    h.session.speak(distinctPcm(24_000));
    h.session.endTurn();
    h.call().enter(replicaParticipant());
    await outcome;
    await h.clock.advance(5000);
    expect(h.call().sent).toEqual([]);
  });

  it('streams a turn to everyone in the room: every byte in order, under the cap, one id, done last', async () => {
    const h = sessionHarness();
    const call = await h.live();
    const parts = reply(24_000 * 4 + 123);
    for (const part of parts) h.session.speak(part);
    h.session.endTurn();
    await h.clock.advance(6000);
    const messages = audioMessages(call.sent);
    expect(call.sent.every((s) => s.to === '*')).toBe(true);
    expect(firstDifference(echoedPcm(messages), concatPcm([...parts, TAIL]))).toBe(-1);
    expect(Math.max(...call.sent.map((s) => JSON.stringify(s.data).length))).toBeLessThanOrEqual(
      DAILY_APP_MESSAGE_MAX_CHARS,
    );
    expect(new Set(messages.map((m) => m.properties.inference_id))).toEqual(new Set(['turn-1']));
    expect(messages.map((m) => m.properties.done).lastIndexOf(false)).toBe(messages.length - 2);
    expect(messages.at(-1)?.properties.done).toBe(true);
    expect(messages.every((m) => m.conversation_id === 'c123' && m.properties.sample_rate === 24000)).toBe(true);
  });

  it('paces a reply that arrives all at once: a ~300 ms burst, then about real time', async () => {
    const h = sessionHarness();
    const call = await h.live();
    h.session.speak(distinctPcm(24_000 * 3)); // 3 s, 50 messages of 60 ms
    h.session.endTurn();
    expect(call.sent).toHaveLength(6);
    await h.clock.advance(990); // one per 60 ms after the burst, capped at 18 in the first second
    expect(call.sent).toHaveLength(18);
    await h.clock.advance(3000);
    expect(audioMessages(call.sent).at(-1)?.properties.done).toBe(true);
  });

  it('on interrupt drops the unsent rest, tells the replica, and gives the next turn a new id', async () => {
    const h = sessionHarness();
    const call = await h.live();
    h.session.speak(distinctPcm(24_000 * 5));
    await h.clock.advance(500);
    h.session.interrupt();
    const interruptAt = call.sent.length - 1;
    expect(call.sent[interruptAt]?.data).toEqual({
      message_type: 'conversation',
      event_type: 'conversation.interrupt',
      conversation_id: 'c123',
    });
    await h.clock.advance(5000);
    expect(call.sent).toHaveLength(interruptAt + 1);
    const next = distinctPcm(4800, 777);
    h.session.speak(next);
    h.session.endTurn();
    await h.clock.advance(1000);
    const after = audioMessages(call.sent.slice(interruptAt + 1));
    expect(new Set(after.map((m) => m.properties.inference_id))).toEqual(new Set(['turn-2']));
    expect(firstDifference(echoedPcm(after), concatPcm([next, TAIL]))).toBe(-1);
  });

  it('uses a new inference id for each interviewer turn', async () => {
    const h = sessionHarness();
    const call = await h.live();
    for (let turn = 0; turn < 3; turn++) {
      h.session.speak(distinctPcm(3000));
      h.session.endTurn();
      await h.clock.advance(1000);
    }
    const ids = audioMessages(call.sent).map((m) => m.properties.inference_id);
    expect([...new Set(ids)]).toEqual(['turn-1', 'turn-2', 'turn-3']);
  });

  it('falls back when a message cannot be sent, and sends nothing after it', async () => {
    const h = sessionHarness();
    const call = await h.live();
    call.sendFailure = new Error('sendAppMessage() only supported after join.');
    h.session.speak(distinctPcm(24_000));
    await h.clock.flush();
    expect(h.events.failed.map((f) => f.reason)).toEqual(['send-failed']);
    expect(call.calls.slice(-2)).toEqual(['leave', 'destroy']);
    call.sendFailure = undefined;
    h.session.speak(distinctPcm(24_000));
    expect(call.sent).toEqual([]);
  });

  it('measures added latency and message rate for the benchmark', async () => {
    const h = sessionHarness();
    await h.live();
    for (const part of reply(24_000 * 2)) {
      h.session.speak(part);
      await h.clock.advance(100);
    }
    h.session.endTurn();
    await h.clock.advance(3000);
    const stats = h.session.stats();
    expect(stats.addedLatencyMs.samples).toBeGreaterThan(0);
    expect(stats.addedLatencyMs.p95).toBeGreaterThanOrEqual(stats.addedLatencyMs.median);
    expect(stats.peakMessagesPerSecond).toBeLessThanOrEqual(18);
    expect(stats.messagesPerSecond).toBeGreaterThan(10);
    expect(stats.longestMessageChars).toBeLessThanOrEqual(DAILY_APP_MESSAGE_MAX_CHARS);
  });
});

describe('DailyAvatarSession echo latency', () => {
  // A median that is never negative proves nothing: a latency stuck at 0 passes that too. Here
  // the wait is forced by the pacing rules themselves: 25 pieces of 120 ms arrive at once, 50
  // messages must go out, and at most 18 leave in the first second, so more than half of the
  // pieces' starts wait at least a second.
  it('counts the time a reply waits for the pacer: a median of at least a second for a 3 s burst', async () => {
    const h = sessionHarness();
    await h.live();
    for (let i = 0; i < 25; i++) h.session.speak(distinctPcm(2880, i * 2880));
    h.session.endTurn();
    await h.clock.advance(5000);
    const latency = h.session.stats().addedLatencyMs;
    expect(latency.samples).toBe(25);
    expect(latency.median).toBeGreaterThanOrEqual(1000);
    expect(latency.p95).toBeGreaterThan(latency.median);
  });

  it('counts no wait for pieces that arrive in real time and go straight out', async () => {
    const h = sessionHarness();
    await h.live();
    for (let i = 0; i < 10; i++) {
      h.session.speak(distinctPcm(2880, i * 2880));
      await h.clock.advance(120);
    }
    h.session.endTurn();
    await h.clock.advance(2000);
    expect(h.session.stats().addedLatencyMs.median).toBeLessThan(120);
  });
});

describe('DailyAvatarSession speaking state', () => {
  it('follows the replica’s audio level until Tavus speaking events arrive, then those', async () => {
    const h = sessionHarness();
    const call = await h.live();
    const level = (value: number) =>
      call.emit('remote-participants-audio-level', {
        participantsAudioLevel: { 'replica-session': value, other: 0.9 },
      });
    level(0.2);
    level(0);
    await h.clock.advance(500);
    call.emit('app-message', {
      data: { event_type: 'conversation.replica.started_speaking' },
      fromId: 'replica-session',
    });
    level(0);
    await h.clock.advance(500);
    call.emit('app-message', {
      data: { event_type: 'conversation.replica.stopped_speaking' },
      fromId: 'replica-session',
    });
    call.emit('app-message', { data: 'not a Tavus event', fromId: 'x' });
    expect(h.events.speaking).toEqual([
      { speaking: true, source: 'level' },
      { speaking: false, source: 'level' },
      { speaking: true, source: 'tavus' },
      { speaking: false, source: 'tavus' },
    ]);
  });
});
