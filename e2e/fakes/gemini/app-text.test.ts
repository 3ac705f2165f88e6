import { describe, expect, it } from 'vitest';
import { appCue, TYPED_ANSWER_LABEL } from '../../../web/src/lib/interviewer/app-cue.ts';
import { fenceData } from '../../../contracts/data-fence.ts';
import { readAppText } from './app-text.ts';

describe('readAppText', () => {
  it('takes the answer out of a fenced typed answer, fenced as the app does (typed-answers.ts)', () => {
    expect(readAppText(fenceData(TYPED_ANSWER_LABEL, 'I would add an index.'))).toEqual({
      kind: 'answer',
      text: 'I would add an index.',
    });
  });

  it('knows an app cue and its kind', () => {
    expect(readAppText(appCue('nudge', 'The candidate is waiting for your reply.'))).toMatchObject({
      kind: 'cue',
      cue: 'nudge',
    });
    expect(readAppText(appCue('half-time', 'Half.', { elapsedMs: 300_000, targetMs: 600_000 }))).toMatchObject({
      kind: 'cue',
      cue: 'half-time',
    });
  });

  it('takes any other text as the candidate\u2019s words', () => {
    expect(readAppText('plain words')).toEqual({ kind: 'answer', text: 'plain words' });
  });
});
