import { describe, expect, it } from 'vitest';
import { TURN_WAIT_MS } from '../../lib/interviewer/patience';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createMemoryStore } from '../../services/storage/memory-store';
import { ScriptedVoiceActivityDetector } from '../../services/voice-activity/testing/scripted-detector';
import { makeInterviewSession } from './interview-session';
import { createFakeLiveClient, createFakeMic, createFakePlayer, type FakeLiveClient } from './testing/fakes';
import { SAMPLE_SETUP } from '../../lib/testing/sample-setup';

// The candidate's turn owned by the browser: our detector's speech edges, the end-of-turn
// policy and the room's controls decide when activityStart and activityEnd go to the model.

const setup = SAMPLE_SETUP;

async function room() {
  const clock = createManualClock(1000);
  const detector = new ScriptedVoiceActivityDetector();
  const player = createFakePlayer();
  const mic = createFakeMic();
  let client: FakeLiveClient | undefined;
  const session = makeInterviewSession({
    interviewId: 'iv-turns',
    setup,
    createLiveClient: () => (client = createFakeLiveClient()),
    mic,
    player,
    store: createMemoryStore(),
    clock,
    voiceActivity: detector,
  });
  await session.start();
  const live = client!;
  live.sent.length = 0;
  /** Stream time and the room's clock move on together, as they do with a running microphone. */
  const elapse = async (ms: number) => {
    detector.advanceTo(detector.heardMs() + ms);
    await clock.advance(ms);
  };
  const activity = () => live.sent.filter((s) => s.startsWith('activity'));
  return { clock, detector, player, mic, session, live, elapse, activity };
}

describe('makeInterviewSession with our own turn-taking', () => {
  it('opens the turn on speech and hands a finished answer over after a short silence, with the ring first', async () => {
    const { detector, session, live, elapse, activity } = await room();
    expect(session.snapshot().turn).toEqual({ status: 'waiting' });
    detector.startSpeech(0);
    expect(activity()).toEqual(['activityStart']);
    expect(session.snapshot().turn).toEqual({ status: 'speaking' });
    await elapse(2_000);
    live.emit('inputTranscript', { text: 'I built the billing service.' });
    detector.endSpeech(2_000);
    expect(session.snapshot().turn).toMatchObject({ status: 'countdown', totalMs: TURN_WAIT_MS.finished });
    await elapse(TURN_WAIT_MS.finished + 100);
    expect(activity()).toEqual(['activityStart', 'activityEnd']);
    expect(session.snapshot().turn).toEqual({ status: 'waiting' });
  });

  it('follows the stream time only while it times the answer, not while the interviewer has the turn', async () => {
    const { detector, live, elapse, activity } = await room();
    // Waiting for the first answer: nothing is timed, events alone move the clock.
    expect(detector.followCalls).toEqual([false]);
    detector.startSpeech(0);
    expect(detector.followCalls).toEqual([false, true]);
    await elapse(1_500);
    live.emit('inputTranscript', { text: 'I built the billing service.' });
    detector.endSpeech(1_500);
    await elapse(TURN_WAIT_MS.finished + 100);
    expect(activity()).toEqual(['activityStart', 'activityEnd']);
    expect(detector.followCalls).toEqual([false, true, false]);
    // A barge-in over the reply is dated by its own event, however stale the clock was.
    await elapse(3_000);
    detector.startSpeech(detector.heardMs() - 200);
    expect(detector.followCalls).toEqual([false, true, false, true]);
    expect(activity()).toEqual(['activityStart', 'activityEnd', 'activityStart']);
  });

  it('waits out a thinking pause after "and", and hands over once the answer is finished', async () => {
    const { detector, live, elapse, activity } = await room();
    detector.speak(0, 1_500);
    live.emit('inputTranscript', { text: 'I profiled the slow query and' });
    await elapse(2_500);
    expect(activity()).toEqual(['activityStart']);
    detector.speak(detector.heardMs(), detector.heardMs() + 1_000);
    live.emit('inputTranscript', { text: ' added the missing index.' });
    await elapse(TURN_WAIT_MS.finished + 100);
    expect(activity()).toEqual(['activityStart', 'activityEnd']);
  });

  it('keeps the turn while "Still thinking" is held, and hands over at once on "Done"', async () => {
    const { detector, session, live, elapse, activity } = await room();
    detector.speak(0, 1_000);
    live.emit('inputTranscript', { text: 'That is the first part.' });
    session.holdTurn(true);
    expect(session.snapshot().turn).toEqual({ status: 'held' });
    await elapse(5_000);
    expect(activity()).toEqual(['activityStart']);
    session.holdTurn(false);
    session.handOver();
    expect(activity()).toEqual(['activityStart', 'activityEnd']);
  });

  it('stops the interviewer at once when the candidate speaks over it, and tells the detector when it plays', async () => {
    const { detector, player, live, activity } = await room();
    live.emit('audio', { pcm: new Int16Array([1]) });
    player.setPlaying(true);
    expect(detector.interviewerPlaying()).toBe(true);
    detector.startSpeech(0);
    expect(player.flushes).toBe(1);
    expect(activity()).toEqual(['activityStart']);
    player.setPlaying(false);
    expect(detector.interviewerPlaying()).toBe(false);
  });

  it('sends audio only inside an answer, starting with what was captured just before the detector spoke up', async () => {
    const { detector, mic, live, elapse } = await room();
    mic.speak(1);
    mic.speak(2);
    expect(live.sent).toEqual([]);
    detector.startSpeech(0);
    mic.speak(3);
    expect(live.sent).toEqual(['activityStart', 'audio:1', 'audio:2', 'audio:3']);
    live.emit('inputTranscript', { text: 'Done.' });
    detector.endSpeech(0);
    await elapse(TURN_WAIT_MS.finished + 100);
    expect(live.sent.at(-1)).toBe('activityEnd');
    live.sent.length = 0;
    mic.speak(4);
    expect(live.sent).toEqual([]);
  });

  it('gives a short answer to a long question more time before handing over', async () => {
    const { detector, live, elapse, activity } = await room();
    live.emit('outputTranscript', {
      text: 'Tell me about a time you had to change the design of a system that was already in production, what you weighed, and how you brought the team along.',
    });
    live.emit('turnComplete', {});
    detector.speak(0, 800);
    live.emit('inputTranscript', { text: 'Yes.' });
    await elapse(3_000);
    expect(activity()).toEqual(['activityStart']);
  });

  it('ignores speech while muted, and muting ends an answer under way', async () => {
    const { detector, session, activity } = await room();
    detector.startSpeech(0);
    session.setMuted(true);
    expect(activity()).toEqual(['activityStart', 'activityEnd']);
    detector.endSpeech(100);
    detector.startSpeech(200);
    expect(activity()).toEqual(['activityStart', 'activityEnd']);
  });

  it('shows no turn controls without a detector: the server’s detection ends turns', async () => {
    const session = makeInterviewSession({
      interviewId: 'iv-server',
      setup,
      createLiveClient: () => createFakeLiveClient(),
      mic: createFakeMic(),
      player: createFakePlayer(),
      store: createMemoryStore(),
      clock: createManualClock(0),
    });
    await session.start();
    expect(session.snapshot().turn).toEqual({ status: 'off' });
  });
});
