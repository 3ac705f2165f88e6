// Pure clean-up for text read from CVs (PDF, TXT, MD) before a person sees it and before it goes
// into the interviewer's prompt.
import { dropHiddenControls } from './hidden-controls';

/**
 * Longest CV text the interviewer receives, in characters. A two-page CV is about 5,000–8,000
 * characters; 12,000 (≈ 3,000 tokens at ~4 characters a token) keeps a long CV whole while the
 * prompt stays a small part of the Live session's 128k-token context, which the spoken interview
 * itself fills at roughly 25 tokens per second of audio. A shorter prompt also reaches the
 * interviewer faster when the session opens.
 */
export const CV_MAX_CHARS = 12_000;

// Presentation forms that PDFs use for typographic ligatures, spelled out as plain letters.
const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
  '\u0132': 'IJ',
  '\u0133': 'ij',
};

export function repairLigatures(text: string): string {
  return text.replace(/[\uFB00-\uFB06\u0132\u0133]/g, (ch) => LIGATURES[ch] ?? ch);
}

/**
 * Joins a wrapped line to the next one. A word split by a hyphen at the end of a line
 * ("experi-" + "ence") is rejoined; a hyphen inside a compound that was already hyphenated
 * ("state-of-the-" + "art") is kept; a soft hyphen always disappears.
 */
export function joinWrappedLine(previous: string, next: string): string {
  const prev = previous.trimEnd();
  const rest = next.trimStart();
  if (!prev) return rest;
  if (!rest) return prev;
  if (prev.endsWith('\u00AD')) return prev.slice(0, -1) + rest;
  if (/\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(rest)) {
    const lastWord = prev.slice(prev.lastIndexOf(' ') + 1, -1);
    return lastWord.includes('-') ? prev + rest : prev.slice(0, -1) + rest;
  }
  return `${prev} ${rest}`;
}

/**
 * Normalises whitespace: Unicode NFC (so "e" + combining diaeresis becomes "ë"), no invisible
 * characters, single spaces, no trailing spaces, at most one blank line between paragraphs.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|\u0085/g, '\n')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The whole clean-up for text that came from a file. */
export function cleanDocumentText(text: string): string {
  return normaliseWhitespace(dropHiddenControls(repairLigatures(text)));
}

export interface CappedText {
  text: string;
  truncated: boolean;
}

/**
 * Cuts text to at most `max` characters, at the last paragraph, line or sentence end that keeps
 * at least two thirds of the allowance, so the interviewer never sees half a sentence when that
 * can be avoided.
 */
export function capText(text: string, max: number = CV_MAX_CHARS): CappedText {
  if (text.length <= max) return { text, truncated: false };
  const head = text.slice(0, max);
  const floor = Math.floor(max * (2 / 3));
  for (const boundary of ['\n\n', '\n', '. ']) {
    const at = head.lastIndexOf(boundary);
    if (at >= floor) return { text: head.slice(0, at + (boundary === '. ' ? 1 : 0)).trimEnd(), truncated: true };
  }
  const space = head.lastIndexOf(' ');
  return { text: (space >= floor ? head.slice(0, space) : head).trimEnd(), truncated: true };
}

/** Words as a person would count them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
