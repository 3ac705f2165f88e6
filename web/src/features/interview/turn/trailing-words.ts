// Words that leave an answer trailing off even when the transcriber closed it with a full stop
// ("…and um." or "…because."). Only words that cannot end a sentence belong here: "it", "that"
// or "so" can ("I wrote a test for it.", "I think so."), so after a full stop they say nothing.
// Hesitation sounds are added for every language (turn-words.ts).

const TRAILING: Readonly<Record<string, readonly string[]>> = {
  en: ['and', 'but', 'or', 'because', 'cause', "'cause", 'although', 'whereas', 'unless'],
  de: ['und', 'aber', 'oder', 'weil', 'denn', 'dass', 'sondern'],
  es: ['y', 'e', 'pero', 'o', 'u', 'porque'],
  fr: ['et', 'mais', 'ou', 'donc', 'parce'],
  it: ['e', 'ma', 'o', 'perché'],
  pt: ['e', 'mas', 'ou', 'porque'],
  nl: ['en', 'maar', 'of', 'omdat', 'want'],
};

/** The conjunctions of a BCP-47 code's language that never end a sentence (none for a language without a list). */
export function trailingWords(languageCode: string): readonly string[] {
  const base = languageCode.split('-')[0]?.toLowerCase() ?? '';
  return TRAILING[base] ?? [];
}
