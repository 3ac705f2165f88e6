import { afterEach, describe, expect, it } from 'vitest';
import type { LiveMediaRoutes } from '../../services/live/types';
import { ScriptedVoiceActivityDetector } from '../../services/voice-activity/testing/scripted-detector';
import { createFakeLiveClient, createFakeMic, createFakePlayer } from './testing/fakes';
import { createSessionRoom } from './testing/session-room';
import { EARLY_SILENCE_MS } from './turn/early-hand-over';
import { SAMPLE_SETUP } from '../../lib/testing/sample-setup';

// The room with a Live client that runs on its own thread (the worker's media routes): audio
// goes through ports, and the page only opens and closes the microphone gate.

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((p) => p.close()));
function port(): MessagePort {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  return port1;
}

function room(linkable = true, detector?: ScriptedVoiceActivityDetector) {
  const routes: string[] = [];
  let micOpen = false;
  const media: LiveMediaRoutes = {
    addCapturePort: () => void routes.push('capture-port'),
    // Only changes, as the worker's proxy sends them.
    setMicOpen(open) {
      if (open !== micOpen) routes.push(open ? 'mic open' : 'mic closed');
      micOpen = open;
    },
    setPlaybackPort: () => void routes.push('playback-port'),
    holdAnswers: () => void routes.push('hold answers'),
    openAnswer: (streamMs) => void routes.push(`answer open at ${streamMs}`),
    closeAnswer: () => void routes.push('answer closed'),
    replies: (action) => void routes.push(`replies ${action}`),
  };
  const mic = createFakeMic();
  const deliveries: boolean[] = [];
  if (linkable) {
    mic.addCaptureConsumer = (onPort) => (onPort(port()), () => void routes.push('consumer removed'));
    mic.setChunkDelivery = (on) => void deliveries.push(on);
  }
  const player = createFakePlayer();
  if (linkable) player.addSourcePort = () => port();
  const { session, live, clock } = createSessionRoom(SAMPLE_SETUP, {
    mic,
    player,
    makeLiveClient: () => ({ ...createFakeLiveClient(), media }),
    ...(detector ? { voiceActivity: detector } : {}),
  });
  return { session, routes, mic, player, deliveries, live, clock };
}

describe('makeInterviewSession with a Live client that takes audio through ports', () => {
  it('links the microphone and the player to the client and opens the gate only once live', async () => {
    const { session, routes, deliveries, mic, live } = room();
    await session.start();
    expect(routes).toEqual(['capture-port', 'playback-port', 'mic open']);
    expect(deliveries).toEqual([false]);
    mic.speak(5);
    expect(live().sent.filter((s) => s.startsWith('audio'))).toEqual([]);
  });

  it('closes the gate while muted and opens it again after', async () => {
    const { session, routes } = room();
    await session.start();
    session.setMuted(true);
    session.setMuted(false);
    expect(routes.slice(2)).toEqual(['mic open', 'mic closed', 'mic open']);
  });

  it('counts reply audio the client played itself as the interviewer speaking, which ends the candidate’s turn', async () => {
    const { session, live } = room();
    await session.start();
    live().emit('inputTranscript', { text: 'My answer' });
    expect(session.snapshot().turns.map((t) => [t.role, t.open])).toEqual([['candidate', true]]);
    live().emit('audioPlayed', { samples: 960 });
    expect(session.snapshot().turns.map((t) => [t.role, t.open])).toEqual([['candidate', false]]);
  });

  it('unlinks everything when the interview ends, and the microphone’s chunks come back to the page', async () => {
    const { session, routes, deliveries } = room();
    await session.start();
    await session.end();
    expect(routes.slice(-2)).toEqual(['mic closed', 'consumer removed']);
    expect(deliveries).toEqual([false, true]);
  });

  it('keeps the page’s path for a microphone and a player that cannot give ports', async () => {
    const { session, routes, mic, live } = room(false);
    await session.start();
    mic.speak(9);
    expect(routes).toEqual([]);
    expect(live().sent).toContain('audio:9');
  });

  it('with its own turn-taking, has the client hold the microphone’s frames and tells it where each answer opens and closes', async () => {
    const detector = new ScriptedVoiceActivityDetector();
    const { session, routes, live } = room(true, detector);
    await session.start();
    expect(routes).toEqual(['capture-port', 'hold answers', 'playback-port', 'mic open']);
    detector.startSpeech(1_200);
    session.handOver();
    // A hand-over always tells the player's route to let replies through (it ends any hold).
    expect(routes.slice(4)).toEqual(['answer open at 1200', 'replies release', 'answer closed']);
    // The client sends activityStart / activityEnd itself, in order with the held audio.
    expect(live().sent.filter((s) => s.startsWith('activity') || s.startsWith('audio'))).toEqual([]);
  });

  it('holds the reply where it is played before handing over early, and drops it there before taking the turn back', async () => {
    const detector = new ScriptedVoiceActivityDetector();
    const { session, routes, live, clock } = room(true, detector);
    await session.start();
    const elapse = async (ms: number) => {
      detector.advanceTo(detector.heardMs() + ms);
      await clock.advance(ms);
    };
    detector.startSpeech(0);
    await elapse(1_000);
    detector.endSpeech(1_000);
    live().emit('inputTranscript', { text: 'That is the whole story.' });
    await elapse(EARLY_SILENCE_MS + 20);
    live().emit('audioPlayed', { samples: 960 });
    live().emit('outputTranscript', { text: 'Thank you.' });
    // The room saw nothing of the reply: the candidate's answer is still the last turn.
    expect(session.snapshot().turns.map((t) => t.role)).toEqual(['candidate']);
    detector.startSpeech(detector.heardMs());
    expect(routes.slice(4)).toEqual([
      'answer open at 0',
      'replies hold',
      'answer closed',
      'replies drop',
      `answer open at ${detector.heardMs()}`,
    ]);
    expect(session.snapshot().turns.map((t) => t.role)).toEqual(['candidate']);
  });
});
