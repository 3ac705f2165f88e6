// Interview languages: the BCP-47 codes the Gemini Live API lists for speech. Native-audio models
// follow the language of the conversation, so the code is also written into the interviewer's
// instructions (see prompt.ts), not only sent as `speechConfig.languageCode`.

export interface LanguageOption {
  code: string;
  /** English name, used in the interviewer's instructions and the picker. */
  name: string;
  /** The language's own name, shown beside the English one. */
  nativeName: string;
}

export const LANGUAGES: readonly LanguageOption[] = [
  { code: 'en-US', name: 'English (United States)', nativeName: 'English' },
  { code: 'en-GB', name: 'English (United Kingdom)', nativeName: 'English' },
  { code: 'en-AU', name: 'English (Australia)', nativeName: 'English' },
  { code: 'en-IN', name: 'English (India)', nativeName: 'English' },
  { code: 'ar-XA', name: 'Arabic', nativeName: 'العربية' },
  { code: 'bn-IN', name: 'Bengali (India)', nativeName: 'বাংলা' },
  { code: 'cmn-CN', name: 'Chinese, Mandarin (China)', nativeName: '普通话' },
  { code: 'de-DE', name: 'German (Germany)', nativeName: 'Deutsch' },
  { code: 'es-ES', name: 'Spanish (Spain)', nativeName: 'Español' },
  { code: 'es-US', name: 'Spanish (United States)', nativeName: 'Español' },
  { code: 'fr-FR', name: 'French (France)', nativeName: 'Français' },
  { code: 'fr-CA', name: 'French (Canada)', nativeName: 'Français' },
  { code: 'gu-IN', name: 'Gujarati (India)', nativeName: 'ગુજરાતી' },
  { code: 'hi-IN', name: 'Hindi (India)', nativeName: 'हिन्दी' },
  { code: 'id-ID', name: 'Indonesian', nativeName: 'Bahasa Indonesia' },
  { code: 'it-IT', name: 'Italian', nativeName: 'Italiano' },
  { code: 'ja-JP', name: 'Japanese', nativeName: '日本語' },
  { code: 'kn-IN', name: 'Kannada (India)', nativeName: 'ಕನ್ನಡ' },
  { code: 'ko-KR', name: 'Korean', nativeName: '한국어' },
  { code: 'ml-IN', name: 'Malayalam (India)', nativeName: 'മലയാളം' },
  { code: 'mr-IN', name: 'Marathi (India)', nativeName: 'मराठी' },
  { code: 'nl-NL', name: 'Dutch (Netherlands)', nativeName: 'Nederlands' },
  { code: 'pl-PL', name: 'Polish', nativeName: 'Polski' },
  { code: 'pt-BR', name: 'Portuguese (Brazil)', nativeName: 'Português' },
  { code: 'ru-RU', name: 'Russian', nativeName: 'Русский' },
  { code: 'ta-IN', name: 'Tamil (India)', nativeName: 'தமிழ்' },
  { code: 'te-IN', name: 'Telugu (India)', nativeName: 'తెలుగు' },
  { code: 'th-TH', name: 'Thai', nativeName: 'ไทย' },
  { code: 'tr-TR', name: 'Turkish', nativeName: 'Türkçe' },
  { code: 'vi-VN', name: 'Vietnamese', nativeName: 'Tiếng Việt' },
];

export const DEFAULT_LANGUAGE = 'en-US';

export function findLanguage(code: string): LanguageOption | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/**
 * The best interview language for a browser's preferred languages (navigator.languages): an
 * exact match first, then the first listed variant of the same language, else US English.
 */
export function matchLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const exact = LANGUAGES.find((l) => l.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    const base = tag.split('-')[0]?.toLowerCase();
    const sameLanguage = LANGUAGES.find(
      (l) =>
        l.code.split('-')[0] === base ||
        (base === 'zh' && l.code === 'cmn-CN') ||
        (base === 'ar' && l.code === 'ar-XA'),
    );
    if (sameLanguage) return sameLanguage.code;
  }
  return DEFAULT_LANGUAGE;
}
