import { describe, expect, it } from 'vitest';
import { answerEnding, continuationWords } from './turn-words';

const en = continuationWords('en-US');

describe('answerEnding', () => {
  it('reads a full stop as a finished answer', () => {
    expect(answerEnding('I added the missing index.', en)).toBe('finished');
  });

  it.each([
    'I profiled it and',
    'so um',
    'It was slow because',
    'First, I looked at the logs,',
    'We moved to the',
    'so, um.',
  ])('reads "%s" as unfinished', (text) => {
    expect(answerEnding(text, en)).toBe('unfinished');
  });

  it.each(['I found a race and wrote a test for it.', 'I think so.', 'That is what we did there.'])(
    'reads "%s" as finished: after a full stop a word that can end a sentence does',
    (text) => {
      expect(answerEnding(text, en)).toBe('finished');
    },
  );

  it('still reads a conjunction or a hesitation before a full stop as trailing off', () => {
    expect(answerEnding('I rewrote the retry loop and.', en)).toBe('unfinished');
    expect(answerEnding('It was slow because.', en)).toBe('unfinished');
  });

  it('reads words without punctuation as open, and no words as none', () => {
    expect(answerEnding('I added the missing index', en)).toBe('open');
    expect(answerEnding('   ', en)).toBe('none');
  });

  it('knows German conjunctions, and falls back to hesitations and commas for a language without a list', () => {
    expect(answerEnding('Ich habe das Problem gefunden und', continuationWords('de-DE'))).toBe('unfinished');
    const japanese = continuationWords('ja-JP');
    expect(answerEnding('まず、', japanese)).toBe('unfinished');
    expect(answerEnding('終わりました。', japanese)).toBe('finished');
    expect(answerEnding('Watashi wa um', japanese)).toBe('unfinished');
    expect(japanese.midClause.has('and')).toBe(false);
  });
});
