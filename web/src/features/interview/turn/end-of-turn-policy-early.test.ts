import { describe, expect, it } from 'vitest';
import { createEndOfTurnPolicy, type EndOfTurnPolicy } from './end-of-turn-policy';
import { EARLY_SILENCE_MS } from './early-hand-over';
import { BASE_WAIT_MS, PATIENCE_SCALE } from './turn-timing';

// The policy's early hand-over: 'tentative' after a fresh full stop and a short silence, released
// at the confident wait, and undone by speech.

function spoke(policy: EndOfTurnPolicy, fromMs: number, toMs: number, words: string) {
  policy.onSpeechStart(fromMs);
  policy.onSpeechEnd(toMs, toMs - fromMs);
  policy.onTranscript(words, toMs + 100);
}

const normal = () => createEndOfTurnPolicy({ patience: 'normal', languageCode: 'en-US' });

describe('the end-of-turn policy’s early hand-over', () => {
  it('says when it will hand over early, then hands over early and releases at the confident wait', () => {
    const policy = normal();
    spoke(policy, 0, 2_000, 'I added the missing index.');
    expect(policy.tick(2_100)).toMatchObject({ status: 'pausing', earlyAtMs: 2_000 + EARLY_SILENCE_MS });
    expect(policy.tick(2_000 + EARLY_SILENCE_MS)).toEqual({
      status: 'tentative',
      ending: 'finished',
      sentAtMs: 2_000 + EARLY_SILENCE_MS,
      releaseAtMs: 2_000 + BASE_WAIT_MS.finished,
      countdownFromMs: 2_000,
    });
    expect(policy.tick(2_000 + BASE_WAIT_MS.finished)).toMatchObject({ status: 'handed-over', by: 'silence' });
  });

  it('hands over early only once the fresh full stop has arrived', () => {
    const policy = normal();
    policy.onSpeechStart(0);
    policy.onSpeechEnd(2_000, 2_000);
    expect(policy.tick(2_250)).toMatchObject({ status: 'pausing', ending: 'none' });
    policy.onTranscript('I added the missing index.', 2_300);
    expect(policy.tick(2_300)).toMatchObject({ status: 'tentative', sentAtMs: 2_300 });
  });

  it('never hands over early on words with no full stop, mid-clause, or while held', () => {
    const open = normal();
    spoke(open, 0, 1_000, 'I added the index');
    expect(open.tick(1_500)).toMatchObject({ status: 'pausing', ending: 'open' });
    expect(open.tick(1_500)).not.toHaveProperty('earlyAtMs');
    const clause = normal();
    spoke(clause, 0, 1_000, 'I added the index, and');
    expect(clause.tick(2_000)).toMatchObject({ status: 'pausing', ending: 'unfinished' });
    const held = normal();
    spoke(held, 0, 1_000, 'Done.');
    held.hold(true, 1_050);
    expect(held.tick(1_500)).toEqual({ status: 'held' });
  });

  it('never hands a short answer to a long question over early', () => {
    const policy = normal();
    policy.questionAsked(25);
    spoke(policy, 0, 800, 'Yes.');
    expect(policy.tick(1_500)).toMatchObject({ status: 'pausing' });
  });

  it('is taken back by speech: the answer goes on as one, and its next full stop starts a new early hand-over', () => {
    const policy = normal();
    spoke(policy, 0, 2_000, 'I added an index.');
    expect(policy.tick(2_200)).toMatchObject({ status: 'tentative' });
    policy.onSpeechStart(2_400);
    expect(policy.tick(2_450)).toEqual({ status: 'speaking' });
    policy.onSpeechEnd(4_000, 1_600);
    // Until the new sentence's own full stop arrives, the old one says nothing: no early hand-over.
    expect(policy.tick(4_000 + EARLY_SILENCE_MS)).toMatchObject({ status: 'pausing', ending: 'open' });
    policy.onTranscript(' It was fast again.', 4_200);
    expect(policy.tick(4_200)).toMatchObject({ status: 'tentative', sentAtMs: 4_200 });
    // One answer: a hand-over now carries both sentences' time; a pause was learnt from the take-back.
    expect(policy.tick(4_000 + 400 + 250)).toMatchObject({ status: 'handed-over', atMs: 4_000 + 400 + 250 });
  });

  it('stays handed over upstream while held after the early hand-over, and releases from the end of the hold', () => {
    const policy = normal();
    spoke(policy, 0, 1_000, 'That is all.');
    expect(policy.tick(1_200)).toMatchObject({ status: 'tentative' });
    policy.hold(true, 1_300);
    expect(policy.tick(5_000)).toEqual({ status: 'held' });
    policy.hold(false, 5_000);
    expect(policy.tick(5_000)).toMatchObject({ status: 'tentative', releaseAtMs: 5_000 + BASE_WAIT_MS.finished });
  });

  it('scales the early wait by Patience', () => {
    const relaxed = createEndOfTurnPolicy({ patience: 'relaxed', languageCode: 'en-US' });
    spoke(relaxed, 0, 1_000, 'Done.');
    expect(relaxed.tick(1_100)).toMatchObject({ earlyAtMs: 1_000 + EARLY_SILENCE_MS * PATIENCE_SCALE.relaxed });
  });

  it('takes the early floor it is given, and never hands over early when the floor outlasts the confident wait', () => {
    const later = createEndOfTurnPolicy({ patience: 'normal', languageCode: 'en-US', earlySilenceMs: 400 });
    spoke(later, 0, 1_000, 'Done.');
    expect(later.tick(1_300)).toMatchObject({ status: 'pausing', earlyAtMs: 1_400 });
    const never = createEndOfTurnPolicy({ patience: 'normal', languageCode: 'en-US', earlySilenceMs: 10_000 });
    spoke(never, 0, 1_000, 'Done.');
    expect(never.tick(1_000 + BASE_WAIT_MS.finished - 20)).toMatchObject({ status: 'pausing' });
    expect(never.tick(1_000 + BASE_WAIT_MS.finished)).toMatchObject({ status: 'handed-over' });
  });
});
