// Words as the speaking stats see them. Transcripts are plain speech with whatever punctuation
// the speech recogniser added, so a word is a run of letters, digits and combining marks, kept
// whole across an inner apostrophe or hyphen ("don't", "well-known", "c'est").

/** What separates a word from its neighbour: nothing, a pause mark, or the end of a sentence. */
export type Break = 'none' | 'comma' | 'sentence';

export interface WordToken {
  /** Lower-cased, with curly apostrophes made straight. */
  word: string;
  before: Break;
  after: Break;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu;

function classifyGap(gap: string): Break {
  if (/[.!?:¿¡\n]/u.test(gap)) return 'sentence';
  if (/[,;—–\-…()"“”«»]/u.test(gap)) return 'comma';
  return 'none';
}

/** The words of `text` in order, each with the punctuation around it. */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let gapStart = 0;
  for (const match of text.matchAll(WORD)) {
    const before = tokens.length === 0 ? 'sentence' : classifyGap(text.slice(gapStart, match.index));
    const previous = tokens.at(-1);
    if (previous) previous.after = before;
    tokens.push({ word: match[0].toLowerCase().replaceAll('’', "'"), before, after: 'sentence' });
    gapStart = match.index + match[0].length;
  }
  const last = tokens.at(-1);
  if (last) {
    // The end of the text is a boundary even without a full stop.
    const trailing = classifyGap(text.slice(gapStart));
    last.after = trailing === 'none' ? 'sentence' : trailing;
  }
  return tokens;
}

/** Languages written without spaces between words; a regex would count a sentence as one word. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

export function primaryLanguage(languageCode: string): string {
  return languageCode.split('-')[0]?.toLowerCase() ?? '';
}

/**
 * How many words `text` has. Unspaced scripts use the browser's word segmenter where there is
 * one; everything else counts runs of letters, which gives the same number in every browser.
 */
export function countWords(text: string, languageCode: string): number {
  const language = primaryLanguage(languageCode);
  if (UNSPACED.has(language) && typeof Intl.Segmenter === 'function') {
    let count = 0;
    for (const segment of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) {
      if (segment.isWordLike) count++;
    }
    return count;
  }
  return text.match(WORD)?.length ?? 0;
}
