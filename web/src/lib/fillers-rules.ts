// Filler words per language, with the heuristics that keep real uses of the same words out.
// They err towards not counting: telling someone they said "like" twelve times when they were
// saying "I like Python" would be worse than missing a few. Transcripts without punctuation
// therefore undercount the fillers that depend on commas.

/** Where a candidate filler sits; `prev`/`next` are the neighbouring words, if any. */
export interface FillerContext {
  prev?: string;
  next?: string;
  before: 'none' | 'comma' | 'sentence';
  after: 'none' | 'comma' | 'sentence';
  /** A hesitation sound (um, uh, …) is right before or after. */
  nextToHesitation: boolean;
}

export interface FillerRule {
  /** Lower-case words, matched only when nothing but spaces separates them. */
  phrase: readonly string[];
  label: string;
  /** Return false for a use that is not a filler. */
  counts?: (ctx: FillerContext) => boolean;
}

export interface LanguageFillers {
  /** Maps a spelling of a hesitation sound ("ummm") to its label ("um"). */
  hesitation: (word: string) => string | undefined;
  rules: readonly FillerRule[];
}

const set = (...words: string[]): ReadonlySet<string> => new Set(words);
const attachedPrev = (ctx: FillerContext, words: ReadonlySet<string>): boolean =>
  ctx.before === 'none' && ctx.prev !== undefined && words.has(ctx.prev);
const attachedNext = (ctx: FillerContext, words: ReadonlySet<string>): boolean =>
  ctx.after === 'none' && ctx.next !== undefined && words.has(ctx.next);

/** Words after which English "like" is the verb: "I like", "would like", "don't like". */
const LIKE_AS_VERB = set(
  ...['i', 'you', 'we', 'they', 'he', 'she', 'people', 'who', "i'd", "you'd", "we'd", "they'd", "he'd", "she'd"],
  ...['would', 'do', 'does', 'did', "don't", "doesn't", "didn't", 'not', 'to', 'might', 'will', "i'll", "we'll"],
  ...['really', 'also', 'still', 'always', 'never', 'genuinely', 'actually'],
);
/** Before "you know" these make it a real question or clause: "do you know", "as you know". */
const KNOW_AS_VERB_BEFORE = set(
  'do',
  'did',
  'does',
  "don't",
  "didn't",
  'if',
  'as',
  'would',
  'will',
  'could',
  'should',
  'can',
  'might',
  'to',
  'let',
);
const KNOW_AS_VERB_AFTER = set(
  'that',
  'how',
  'what',
  'where',
  'why',
  'when',
  'who',
  'whether',
  'about',
  'it',
  'him',
  'her',
  'them',
  'this',
  'the',
  'a',
  'an',
  'my',
  'your',
  'our',
);
/** "what I mean", "I mean it", "I mean to": meaning, not filler. */
const MEAN_AS_VERB_BEFORE = set('what', 'which', 'that');
const MEAN_AS_VERB_AFTER = set('it', 'that', 'to', 'this');
/** "this kind of problem", "a sort of cache": the noun, not the hedge. */
const KIND_AS_NOUN = set(
  ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'what', 'which', 'any', 'some', 'every', 'each', 'no'],
  ...[
    'one',
    'another',
    'same',
    'different',
    'other',
    'all',
    'my',
    'your',
    'our',
    'their',
    'his',
    'her',
    'its',
    'right',
    'wrong',
    'first',
  ],
);
/** French "genre" is a noun after a determiner ("ce genre de") or before "de". */
const GENRE_AS_NOUN = set(
  'le',
  'un',
  'ce',
  'du',
  'de',
  'quel',
  'quelle',
  'mon',
  'ton',
  'son',
  'leur',
  'notre',
  'votre',
  'en',
  'même',
  'nouveau',
);

function englishHesitation(word: string): string | undefined {
  if (/^(u+m+|u+h+m+)$/.test(word)) return 'um';
  if (/^u+h+$/.test(word)) return 'uh';
  if (/^e+r+m*$/.test(word)) return 'er';
  if (/^h+m+$/.test(word)) return 'hmm';
  return undefined;
}

/** Sounds that mean hesitation in any language; "er" is left out because it is German for "he". */
function commonHesitation(word: string): string | undefined {
  if (/^(u+m+|u+h+m+)$/.test(word)) return 'um';
  if (/^u+h+$/.test(word)) return 'uh';
  if (/^h+m+$/.test(word)) return 'hmm';
  return undefined;
}

const ENGLISH: LanguageFillers = {
  hesitation: englishHesitation,
  rules: [
    // Only when set off by a comma or next to "um"/"uh", and never as a verb.
    {
      phrase: ['like'],
      label: 'like',
      counts: (c) => !attachedPrev(c, LIKE_AS_VERB) && (c.after === 'comma' || c.nextToHesitation),
    },
    {
      phrase: ['you', 'know'],
      label: 'you know',
      counts: (c) => !attachedPrev(c, KNOW_AS_VERB_BEFORE) && !attachedNext(c, KNOW_AS_VERB_AFTER),
    },
    {
      phrase: ['i', 'mean'],
      label: 'I mean',
      counts: (c) => !attachedPrev(c, MEAN_AS_VERB_BEFORE) && !attachedNext(c, MEAN_AS_VERB_AFTER),
    },
    { phrase: ['sort', 'of'], label: 'sort of', counts: (c) => !attachedPrev(c, KIND_AS_NOUN) },
    { phrase: ['kind', 'of'], label: 'kind of', counts: (c) => !attachedPrev(c, KIND_AS_NOUN) },
    { phrase: ['basically'], label: 'basically' },
    { phrase: ['actually'], label: 'actually' },
  ],
};

const GERMAN: LanguageFillers = {
  hesitation: (word) => (/^ä+h+m*$/.test(word) ? 'äh' : /^ö+h+m*$/.test(word) ? 'öh' : commonHesitation(word)),
  rules: ['sozusagen', 'quasi', 'irgendwie', 'eigentlich'].map((word) => ({ phrase: [word], label: word })),
};

const FRENCH: LanguageFillers = {
  hesitation: (word) => (/^e+u+h+$/.test(word) ? 'euh' : /^(bah|ben)$/.test(word) ? word : commonHesitation(word)),
  rules: [
    { phrase: ['du', 'coup'], label: 'du coup' },
    { phrase: ['en', 'fait'], label: 'en fait' },
    { phrase: ['tu', 'vois'], label: 'tu vois', counts: (c) => c.after !== 'none' },
    {
      phrase: ['genre'],
      label: 'genre',
      counts: (c) => !attachedPrev(c, GENRE_AS_NOUN) && !attachedNext(c, set('de', "d'")),
    },
  ],
};

const SPANISH: LanguageFillers = {
  hesitation: (word) => (/^e+h+m*$/.test(word) ? 'eh' : /^e+m+$/.test(word) ? 'em' : commonHesitation(word)),
  rules: [
    { phrase: ['o', 'sea'], label: 'o sea' },
    { phrase: ['en', 'plan'], label: 'en plan' },
    { phrase: ['digamos'], label: 'digamos' },
  ],
};

const OTHER: LanguageFillers = { hesitation: commonHesitation, rules: [] };

const BY_LANGUAGE: Record<string, LanguageFillers> = { en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH };

/** The fillers of a primary language subtag ("en"); other languages get hesitation sounds only. */
export function fillersFor(language: string): LanguageFillers {
  return BY_LANGUAGE[language] ?? OTHER;
}
