import { describe, expect, it } from 'vitest';
import { createEndOfTurnPolicy, type EndOfTurnPolicy } from './end-of-turn-policy';
import { PAUSE_MARGIN_MS } from './candidate-pauses';
import { BASE_WAIT_MS, COUNTDOWN_MS, MAX_SILENCE_MS, PATIENCE_SCALE } from './turn-timing';

/** Speech from `fromMs` to `toMs`; its transcript arrives in the silence after it, as the transcription lags. */
function spoke(policy: EndOfTurnPolicy, fromMs: number, toMs: number, words: string) {
  policy.onSpeechStart(fromMs);
  policy.onSpeechEnd(toMs, toMs - fromMs);
  policy.onTranscript(words, toMs + 100);
}

const normal = () => createEndOfTurnPolicy({ patience: 'normal', languageCode: 'en-US' });

describe('createEndOfTurnPolicy', () => {
  it('hands a finished answer over after a short silence', () => {
    const policy = normal();
    spoke(policy, 0, 2_000, 'I added the missing index.');
    expect(policy.tick(2_100)).toMatchObject({
      status: 'pausing',
      ending: 'finished',
      handOverAtMs: 2_000 + BASE_WAIT_MS.finished,
    });
    expect(policy.tick(2_000 + BASE_WAIT_MS.finished)).toEqual({
      status: 'handed-over',
      atMs: 2_000 + BASE_WAIT_MS.finished,
      by: 'silence',
    });
  });

  it('waits out a 2.5 s thinking pause after "and", and the answer goes on', () => {
    const policy = normal();
    spoke(policy, 0, 2_000, 'I profiled the query and');
    expect(policy.tick(4_500)).toMatchObject({ status: 'pausing', ending: 'unfinished' });
    spoke(policy, 4_500, 6_000, ' added an index.');
    expect(policy.tick(6_120)).toMatchObject({
      status: 'pausing',
      ending: 'finished',
      handOverAtMs: 6_000 + BASE_WAIT_MS.finished,
    });
  });

  it('cancels the countdown when speech resumes', () => {
    const policy = normal();
    spoke(policy, 0, 1_000, 'It was slow,');
    policy.onSpeechStart(1_500);
    expect(policy.tick(10_000)).toEqual({ status: 'speaking' });
  });

  it('reads a late transcript: the wait grows when "um" arrives during the silence', () => {
    const policy = normal();
    spoke(policy, 0, 1_000, 'I think');
    expect(policy.tick(1_100)).toMatchObject({ ending: 'open', handOverAtMs: 1_000 + BASE_WAIT_MS.open });
    policy.onTranscript(' um', 1_300);
    expect(policy.tick(1_800)).toMatchObject({ status: 'pausing', ending: 'unfinished' });
  });

  it('scales every wait by Patience', () => {
    const relaxed = createEndOfTurnPolicy({ patience: 'relaxed', languageCode: 'en-US' });
    spoke(relaxed, 0, 1_000, 'Done.');
    expect(relaxed.tick(1_001)).toMatchObject({ handOverAtMs: 1_000 + BASE_WAIT_MS.finished * PATIENCE_SCALE.relaxed });
    const quick = createEndOfTurnPolicy({ patience: 'quick', languageCode: 'en-US' });
    spoke(quick, 0, 1_000, 'Done.');
    expect(quick.tick(1_001)).toMatchObject({ handOverAtMs: 1_000 + BASE_WAIT_MS.finished * PATIENCE_SCALE.quick });
  });

  it('shows the countdown ring only for the last stretch of a long wait', () => {
    const policy = normal();
    spoke(policy, 0, 1_000, 'because');
    const view = policy.tick(1_001);
    expect(view).toMatchObject({
      handOverAtMs: 1_000 + BASE_WAIT_MS.unfinished,
      countdownFromMs: 1_000 + BASE_WAIT_MS.unfinished - COUNTDOWN_MS,
    });
  });

  it('never hands a short answer to a long question over on a short silence', () => {
    const policy = normal();
    policy.questionAsked(25);
    spoke(policy, 0, 1_000, 'Yes.');
    expect(policy.tick(5_000)).toMatchObject({ status: 'pausing', handOverAtMs: 1_000 + MAX_SILENCE_MS });
    spoke(policy, 5_000, 8_000, ' I led the migration.');
    expect(policy.tick(8_000 + BASE_WAIT_MS.finished)).toMatchObject({
      status: 'handed-over',
      atMs: 8_000 + BASE_WAIT_MS.finished,
    });
  });

  it('lets a short question take a short answer', () => {
    const policy = normal();
    policy.questionAsked(6);
    spoke(policy, 0, 800, 'Yes.');
    expect(policy.tick(800 + BASE_WAIT_MS.finished)).toMatchObject({ status: 'handed-over' });
  });

  it('keeps the turn while held, and counts the silence from the release', () => {
    const policy = normal();
    spoke(policy, 0, 1_000, 'That is all.');
    policy.hold(true, 1_100);
    expect(policy.tick(9_000)).toEqual({ status: 'held' });
    policy.hold(false, 9_000);
    expect(policy.tick(9_100)).toMatchObject({ status: 'pausing', handOverAtMs: 9_000 + BASE_WAIT_MS.finished });
  });

  it('hands over at once on Done, even mid-speech', () => {
    const policy = normal();
    policy.onSpeechStart(0);
    policy.done(700);
    expect(policy.tick(701)).toEqual({ status: 'handed-over', atMs: 700, by: 'done' });
  });

  it('starts the next answer afresh: late words of the last one are not carried over', () => {
    const policy = normal();
    spoke(policy, 0, 1_000, 'Finished.');
    policy.tick(2_000);
    policy.onTranscript(' and', 2_100);
    policy.questionAsked(5);
    expect(policy.tick(2_500)).toEqual({ status: 'idle' });
    spoke(policy, 3_000, 4_000, 'Sure.');
    expect(policy.tick(4_001)).toMatchObject({ ending: 'finished' });
  });

  it('does not trust a full stop heard before the silence began: the last words may still be on their way', () => {
    const policy = normal();
    policy.onSpeechStart(0);
    policy.onTranscript('I added an index.', 1_500);
    policy.onSpeechEnd(3_000, 3_000);
    expect(policy.tick(3_100)).toMatchObject({ ending: 'open', handOverAtMs: 3_000 + BASE_WAIT_MS.open });
    policy.onTranscript(' Then it was fast.', 3_200);
    expect(policy.tick(3_250)).toMatchObject({ ending: 'finished', releaseAtMs: 3_000 + BASE_WAIT_MS.finished });
  });

  it('learns the pause this candidate leaves between sentences, and waits just past it', () => {
    const policy = normal();
    spoke(policy, 0, 2_000, 'I added an index.');
    spoke(policy, 2_300, 4_000, 'It was fast again.');
    expect(policy.tick(4_120)).toMatchObject({ ending: 'finished', handOverAtMs: 4_000 + 300 + PAUSE_MARGIN_MS });
  });

  it('learns nothing from a thinking pause after "and"', () => {
    const policy = normal();
    spoke(policy, 0, 2_000, 'I profiled it and');
    spoke(policy, 2_600, 4_000, 'found the slow query.');
    expect(policy.tick(4_120)).toMatchObject({ handOverAtMs: 4_000 + BASE_WAIT_MS.finished });
  });

  it('keeps an answer that began over the end of the question', () => {
    const policy = normal();
    policy.onSpeechStart(0);
    policy.questionAsked(30);
    expect(policy.tick(100)).toEqual({ status: 'speaking' });
  });
});
