// Words after which a spoken answer is not over: conjunctions, hesitation sounds and words that
// open a clause ("because", "um", "the"). A transcript that stops on one of them, or on a comma,
// is a candidate thinking mid-sentence, and the interviewer should wait. Lists per language for
// the setup languages we can judge from words; every other language falls back to punctuation
// and the hesitation sounds most transcribers write the same way everywhere.

import { trailingWords } from './trailing-words';

/** Hesitation sounds written alike across languages ("um", "uh", "hmm", "erm"). */
const HESITATIONS = ['um', 'umm', 'uh', 'uhh', 'uhm', 'hm', 'hmm', 'mm', 'erm', 'er', 'ah', 'eh'];

const CONTINUATIONS: Readonly<Record<string, readonly string[]>> = {
  en: [
    ...[
      'and',
      'but',
      'or',
      'so',
      'because',
      'cause',
      "'cause",
      'since',
      'although',
      'though',
      'while',
      'whereas',
      'if',
      'unless',
      'until',
      'when',
      'where',
      'which',
      'that',
      'who',
      'whose',
      'then',
      'plus',
      'also',
    ],
    ...['like', 'well', 'basically', 'actually', 'mean', 'kind', 'sort', 'just'],
    ...[
      'the',
      'a',
      'an',
      'my',
      'our',
      'their',
      'this',
      'these',
      'those',
      'to',
      'of',
      'in',
      'on',
      'at',
      'for',
      'with',
      'about',
      'from',
      'into',
      'by',
      'as',
      'than',
    ],
    ...['is', 'was', 'are', 'were', 'be', 'been', 'have', 'has', 'had', 'i', 'we', "i'm", "we're", 'it', "it's"],
  ],
  de: [
    'und',
    'aber',
    'oder',
    'also',
    'weil',
    'denn',
    'dass',
    'wenn',
    'ob',
    'sondern',
    'dann',
    'der',
    'die',
    'das',
    'ein',
    'eine',
    'mit',
    'für',
    'von',
    'zu',
    'äh',
    'ähm',
    'öh',
    'halt',
    'quasi',
  ],
  es: [
    'y',
    'e',
    'pero',
    'o',
    'u',
    'porque',
    'que',
    'si',
    'cuando',
    'entonces',
    'pues',
    'el',
    'la',
    'los',
    'las',
    'un',
    'una',
    'de',
    'con',
    'para',
    'en',
    'este',
    'esto',
    'bueno',
  ],
  fr: [
    'et',
    'mais',
    'ou',
    'donc',
    'parce',
    'que',
    'qui',
    'si',
    'quand',
    'alors',
    'puis',
    'le',
    'la',
    'les',
    'un',
    'une',
    'de',
    'des',
    'avec',
    'pour',
    'dans',
    'euh',
    'ben',
    'bah',
    'genre',
  ],
  it: [
    'e',
    'ma',
    'o',
    'quindi',
    'perché',
    'che',
    'se',
    'quando',
    'allora',
    'poi',
    'il',
    'lo',
    'la',
    'i',
    'gli',
    'le',
    'un',
    'una',
    'di',
    'con',
    'per',
    'cioè',
    'ehm',
    'tipo',
  ],
  pt: [
    'e',
    'mas',
    'ou',
    'então',
    'porque',
    'que',
    'se',
    'quando',
    'depois',
    'o',
    'a',
    'os',
    'as',
    'um',
    'uma',
    'de',
    'com',
    'para',
    'em',
    'tipo',
    'né',
    'hã',
  ],
  nl: [
    'en',
    'maar',
    'of',
    'dus',
    'omdat',
    'want',
    'dat',
    'als',
    'toen',
    'dan',
    'de',
    'het',
    'een',
    'met',
    'voor',
    'van',
    'in',
    'eh',
    'ehm',
  ],
};

/** Punctuation that leaves a clause open (Latin and CJK commas, colons, dashes, ellipses). */
const OPEN_PUNCTUATION = /[,;:\-–—…、，；：]$|\.\.\.$/u;
/** Punctuation that ends a sentence (Latin and CJK). */
const CLOSING_PUNCTUATION = /[.!?。！？]$/u;

/** How the answer so far ends: 'unfinished' mid-clause, 'finished' on a full stop, 'open' otherwise, 'none' without words. */
export type AnswerEnding = 'finished' | 'unfinished' | 'open' | 'none';

/** How an answer's last word is read: mid-clause before no punctuation, trailing off even before a full stop. */
export interface ContinuationWords {
  /** Words after which a clause goes on ("and", "the", "it", "um"). */
  midClause: ReadonlySet<string>;
  /** The few of them that cannot end a sentence, so a full stop after them still trails off ("and.", "um."). */
  trailing: ReadonlySet<string>;
}

/** The continuation words for a BCP-47 code; hesitations only for languages without a list. */
export function continuationWords(languageCode: string): ContinuationWords {
  const base = languageCode.split('-')[0]?.toLowerCase() ?? '';
  return {
    midClause: new Set([...HESITATIONS, ...(CONTINUATIONS[base] ?? [])]),
    trailing: new Set([...HESITATIONS, ...trailingWords(languageCode)]),
  };
}

/** The last word of `text`, lower-case, without the punctuation around it. */
function lastWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/u).filter(Boolean);
  return (words.at(-1) ?? '').replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '');
}

/** How `transcript` (the answer's words so far) ends, read with `words` of its language. */
export function answerEnding(transcript: string, words: ContinuationWords): AnswerEnding {
  const text = transcript.trim();
  if (!text) return 'none';
  if (OPEN_PUNCTUATION.test(text)) return 'unfinished';
  const last = lastWord(text);
  // After a full stop only a word that cannot end a sentence still trails off ("so, um.");
  // "…a test for it." is finished.
  if (CLOSING_PUNCTUATION.test(text)) return words.trailing.has(last) ? 'unfinished' : 'finished';
  return words.midClause.has(last) ? 'unfinished' : 'open';
}
