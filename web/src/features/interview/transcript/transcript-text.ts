// Joining transcription fragments into readable text, and comparing texts by their words.
// The Live API sends transcription in small fragments that usually carry their own spacing
// (" there", ","), so fragments are concatenated as they come and only the seams are tidied.

const SPACES = /\s+/g;
const SPACE_BEFORE_PUNCTUATION = / +([,.;:!?%)\]}…])/g;
/** Scripts that separate words with spaces; CJK and Thai text must not gain spaces at seams. */
const SPACED_LETTER = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

/** Appends one fragment to the text so far. */
export function appendFragment(text: string, fragment: string): string {
  if (!fragment) return text;
  if (!text) return tidy(fragment.trimStart());
  const seamNeedsSpace = (/[.!?,;:]$/.test(text) && SPACED_LETTER.test(fragment)) || startsNewWord(text, fragment);
  return tidy(text + (seamNeedsSpace ? ' ' : '') + fragment);
}

/** Appends a later piece of the same turn (e.g. after a reconnect), always at a word boundary. */
export function appendWords(text: string, more: string): string {
  const a = text.trimEnd();
  const b = more.trim();
  if (!a) return tidy(b);
  if (!b) return a;
  return tidy(/^[,.;:!?…]/.test(b) ? a + b : `${a} ${b}`);
}

/**
 * A fragment that opens with a capital right after a lower-case letter starts a new word (a new
 * sentence the model began without its leading space, as in "about yourself and" + "Describe
 * …"): speech has no camelCase, so a word is never split there.
 */
function startsNewWord(text: string, fragment: string): boolean {
  return /\p{Ll}$/u.test(text) && /^\p{Lu}/u.test(fragment) && SPACED_LETTER.test(fragment);
}

function tidy(text: string): string {
  return text.replace(SPACES, ' ').replace(SPACE_BEFORE_PUNCTUATION, '$1');
}

/** The finished text of a turn: tidy, with no space at either end. */
export function finalText(text: string): string {
  return tidy(text).trim();
}

/** Lower-case words without punctuation: what two transcriptions of the same speech share. */
export function wordsOf(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(SPACES, ' ')
    .trim();
}
