// Whether text would show anything on screen. trim() only removes whitespace, so an answer made
// of zero-width spaces, joiners, soft hyphens or bidi marks passed as words, and a report was
// paid for on nothing; format (Cf) and control (Cc) characters are invisible too.

const VISIBLE = /[^\s\p{Cc}\p{Cf}]/u;

export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
