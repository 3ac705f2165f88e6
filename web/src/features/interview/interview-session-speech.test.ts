import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { computeSpeakingStats } from '../../lib/speaking-stats';
import { ScriptedVoiceActivityDetector } from '../../services/voice-activity/testing/scripted-detector';
import { createSessionRoom } from './testing/session-room';
import { SAMPLE_SETUP } from '../../lib/testing/sample-setup';

const setup: InterviewSetup = { ...SAMPLE_SETUP, topic: 'Payments' };
/** The microphone (and so the detector's stream clock) started 2.5 s before the interview's clock. */
const STREAM_AHEAD_MS = 2_500;
/** The detector reports an end this long after it (its hangover), as the real one does. */
const HANGOVER_MS = 300;

function room(withDetector = true) {
  const detector = new ScriptedVoiceActivityDetector({ endLagMs: HANGOVER_MS });
  const { clock, session, store, player, live } = createSessionRoom(
    setup,
    withDetector ? { voiceActivity: detector } : {},
  );
  /** Moves the clocks on to interview time `ms`; the detector has consumed the audio up to then. */
  async function at(ms: number) {
    await clock.advance(ms - session.snapshot().elapsedMs);
    detector.advanceTo(Math.max(detector.heardMs(), ms + STREAM_AHEAD_MS));
  }
  /** The candidate's voice from `fromMs` to `toMs` of interview time, as the detector reports it. */
  async function say(fromMs: number, toMs: number) {
    await at(fromMs);
    detector.startSpeech(fromMs + STREAM_AHEAD_MS);
    await at(toMs + HANGOVER_MS);
    detector.endSpeech(toMs + STREAM_AHEAD_MS);
  }
  return { session, store, player, live, at, say };
}

describe('makeInterviewSession: speaking times', () => {
  it('stores each turn with the times its voice was heard, not when its text arrived', async () => {
    const { session, store, player, live, at, say } = room();
    await session.start();
    // The greeting plays from 0 to 3 s; its turn is saved at turnComplete, while still playing.
    live().emit('audio', { pcm: new Int16Array([1]) });
    player.setPlaying(true);
    live().emit('outputTranscript', { text: 'Hello, tell me about yourself.' });
    await at(1_000);
    live().emit('turnComplete', {});
    await at(3_000);
    player.setPlaying(false);

    // The answer: two stretches of voice with a 1.5 s thinking pause; the text comes at the end.
    await say(4_000, 7_000);
    await say(8_500, 10_000);
    await at(10_500);
    live().emit('inputTranscript', { text: 'I am Sam and I build payment services in Go for a bank.' });

    // The reply plays from 11 s; an "mm-hm" heard under it is not an answer.
    await at(11_000);
    live().emit('audio', { pcm: new Int16Array([2]) });
    player.setPlaying(true);
    live().emit('outputTranscript', { text: 'What do you like about Go?' });
    await say(12_000, 12_400);
    live().emit('turnComplete', {});
    await at(15_000);
    player.setPlaying(false);
    await at(20_000);
    session.sendTypedAnswer('Its simple concurrency model, which keeps payment code easy to review.');
    await session.end();

    const turns = await store.listTurns('iv1');
    expect(turns.map(({ seq, role, speech, typed }) => ({ seq, role, speech, typed }))).toEqual([
      { seq: 1, role: 'interviewer', speech: [{ startMs: 0, endMs: 3_000, voicedMs: 3_000 }], typed: undefined },
      {
        seq: 2,
        role: 'candidate',
        speech: [
          { startMs: 4_000, endMs: 7_000, voicedMs: 3_000 },
          { startMs: 8_500, endMs: 10_000, voicedMs: 1_500 },
        ],
        typed: undefined,
      },
      { seq: 3, role: 'interviewer', speech: [{ startMs: 11_000, endMs: 15_000, voicedMs: 4_000 }], typed: undefined },
      { seq: 4, role: 'candidate', speech: undefined, typed: true },
    ]);
    // The text of the answer arrived at 10.5 s; its times still say 4 s to 10 s.
    const stats = computeSpeakingStats(turns, 'en-US');
    expect(stats.wordsPerMinute).toBe(13 / (4_500 / 60_000));
    expect(stats.answers[0]).toMatchObject({
      pauseBeforeMs: 1_000,
      pauses: [{ atMs: 7_000, ms: 1_500 }],
      lengthMs: 6_000,
    });
    expect(stats.typed).toEqual({ answers: 1, words: 11 });
    expect(stats.candidateTalkShare).toBeCloseTo(4_500 / 11_500, 10);
  });

  it('stores no candidate voice without a detector, so the report says "not measured"', async () => {
    const { session, store, player, live, at } = room(false);
    await session.start();
    live().emit('audio', { pcm: new Int16Array([1]) });
    player.setPlaying(true);
    live().emit('outputTranscript', { text: 'Hello.' });
    live().emit('turnComplete', {});
    await at(1_000);
    player.setPlaying(false);
    live().emit('inputTranscript', { text: 'Hi, I am Sam.' });
    await at(3_000);
    await session.end();
    const turns = await store.listTurns('iv1');
    expect(turns.map((t) => [t.role, t.speech])).toEqual([
      ['interviewer', [{ startMs: 0, endMs: 1_000, voicedMs: 1_000 }]],
      ['candidate', undefined],
    ]);
    expect(computeSpeakingStats(turns, 'en-US')).toMatchObject({ wordsPerMinute: null, candidateTalkShare: null });
  });
});
