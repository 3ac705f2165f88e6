// Characters in a file that change how text looks or is read without being text themselves.
//
// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what is shown:
// "\u202Erenigne roines" is displayed as "senior engineer" while the interviewer is sent the
// letters in stored order, so the CV preview would no longer show what the interviewer is told.
// C0 and C1 control characters (other than tab and line breaks, which whitespace clean-up turns
// into spaces and newlines) are terminal bell, escape, DOS end-of-file and the like: invisible
// in the preview, noise in the prompt. Neither kind carries a letter, so dropping them loses
// nothing a person wrote.

const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/g;
// \t \n \v \f \r and NEL (U+0085, a line break) are left for whitespace clean-up.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const STRAY_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

export function dropHiddenControls(text: string): string {
  return text.replace(BIDI_FORMATTING, '').replace(STRAY_CONTROLS, '');
}

/** Share of characters that are control characters no text file uses: high for binary data. */
export function strayControlShare(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(STRAY_CONTROLS)?.length ?? 0) / text.length;
}
