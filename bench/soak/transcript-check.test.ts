import { describe, expect, it } from 'vitest';
import { checkTranscript } from './transcript-check.ts';

const turn = (role: string, text: string) => ({ role, text });

describe('checkTranscript', () => {
  it('passes a transcript with every line once', () => {
    const result = checkTranscript(
      ['Hi. First?', 'Second?'],
      ['(candidate answer 1)'],
      [turn('interviewer', 'Hi. First?'), turn('candidate', '(candidate answer 1)'), turn('interviewer', 'Second?')],
    );
    expect(result).toEqual({ expected: 3, lost: [], duplicated: [], fragments: [], unexpected: [] });
  });

  it('finds lost and duplicated lines, by role', () => {
    const result = checkTranscript(
      ['First?', 'Second?'],
      ['Answer.'],
      [turn('interviewer', 'First?'), turn('interviewer', 'First?'), turn('interviewer', 'Answer.')],
    );
    expect(result.lost).toEqual(['Second?', 'Answer.']);
    expect(result.duplicated).toEqual(['First?']);
    expect(result.unexpected).toEqual(['Answer.']);
  });

  it('counts a cut-off start of a line spoken again as a fragment, not as a new line', () => {
    const result = checkTranscript(
      ['What happened next?'],
      [],
      [turn('interviewer', 'What happened'), turn('interviewer', 'What happened next?')],
    );
    expect(result.fragments).toEqual(['What happened']);
    expect(result.lost).toEqual([]);
  });

  it('counts a line said twice by the server once (an utterance repeated after a lost connection)', () => {
    expect(checkTranscript(['Again?', 'Again?'], [], [turn('interviewer', 'Again?')]).expected).toBe(1);
  });
});
