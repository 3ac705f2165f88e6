import { describe, expect, it } from 'vitest';
import { TURN_WAIT_MS } from '../../lib/interviewer/patience';
import { ScriptedVoiceActivityDetector } from '../../services/voice-activity/testing/scripted-detector';
import { EARLY_SILENCE_MS } from './turn/early-hand-over';
import { createSessionRoom } from './testing/session-room';
import { SAMPLE_SETUP } from '../../lib/testing/sample-setup';

// The early hand-over (turn/early-hand-over.ts) told through the whole session over fakes: an
// answer that reads finished is handed to the model at once, its reply is held until the room is
// sure, and speech before then takes the turn back without a trace of the reply in the room.

const setup = SAMPLE_SETUP;

async function room() {
  const detector = new ScriptedVoiceActivityDetector();
  const r = createSessionRoom(setup, { voiceActivity: detector });
  await r.session.start();
  const live = r.live();
  live.sent.length = 0;
  const elapse = async (ms: number) => {
    detector.advanceTo(detector.heardMs() + ms);
    await r.clock.advance(ms);
  };
  const activity = () => live.sent.filter((s) => s.startsWith('activity'));
  const said = (role: 'candidate' | 'interviewer') =>
    r.session
      .snapshot()
      .turns.filter((t) => t.role === role)
      .map((t) => t.text.trim());
  /** A finished sentence from `fromMs`, its transcript arriving as the silence begins. */
  const sentence = async (text: string, ms: number) => {
    const from = detector.heardMs();
    detector.startSpeech(from);
    await elapse(ms);
    detector.endSpeech(from + ms);
    live.emit('inputTranscript', { text });
  };
  /** The model's reply begins: audio, words. */
  const reply = (text: string) => {
    live.emit('audio', { pcm: new Int16Array([7]) });
    live.emit('outputTranscript', { text });
  };
  return { ...r, detector, live, elapse, activity, said, sentence, reply };
}

describe('makeInterviewSession with the early hand-over', () => {
  it('hands a finished answer to the model after a short silence, and plays its reply only after the confident wait', async () => {
    const { live, player, elapse, activity, said, sentence, reply } = await room();
    await sentence('I built the billing service.', 2_000);
    await elapse(EARLY_SILENCE_MS + 20);
    expect(activity()).toEqual(['activityStart', 'activityEnd']);
    reply('Why that design?');
    expect(player.played).toEqual([]);
    expect(said('interviewer')).toEqual([]);
    await elapse(TURN_WAIT_MS.finished);
    expect(player.played).toEqual([7]);
    expect(said('interviewer')).toEqual(['Why that design?']);
    expect(live.sent.filter((s) => s.startsWith('activity'))).toEqual(['activityStart', 'activityEnd']);
  });

  it('takes the turn back when the candidate goes on: activityStart, the held reply dropped, one answer in the record', async () => {
    const { live, player, elapse, activity, said, sentence, reply } = await room();
    await sentence('I built the billing service.', 2_000);
    await elapse(EARLY_SILENCE_MS + 20);
    reply('Why that design?');
    live.emit('turnComplete', {});
    await sentence(' It handles refunds too.', 1_500);
    expect(activity()).toEqual(['activityStart', 'activityEnd', 'activityStart']);
    // What the abandoned reply still sends before the model stops is dropped too.
    live.emit('interrupted', {});
    reply('Why that');
    await elapse(TURN_WAIT_MS.finished + 100);
    expect(activity()).toEqual(['activityStart', 'activityEnd', 'activityStart', 'activityEnd']);
    expect(player.played).toEqual([]);
    reply('And the refunds?');
    await elapse(TURN_WAIT_MS.finished);
    expect(player.played).toEqual([7]);
    expect(said('interviewer')).toEqual(['And the refunds?']);
    expect(said('candidate')).toEqual(['I built the billing service. It handles refunds too.']);
  });

  it('does not hand over early on words with no full stop, nor mid-clause', async () => {
    const { elapse, activity, sentence } = await room();
    await sentence('I built the billing service and', 2_000);
    await elapse(TURN_WAIT_MS.finished + 100);
    expect(activity()).toEqual(['activityStart']);
  });

  it('releases a held reply at once on Done', async () => {
    const { session, player, elapse, sentence, reply } = await room();
    await sentence('That is all.', 1_000);
    await elapse(EARLY_SILENCE_MS + 20);
    reply('Thank you.');
    expect(player.played).toEqual([]);
    session.handOver();
    expect(player.played).toEqual([7]);
  });
});
