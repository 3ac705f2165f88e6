// Gemini Live's prebuilt interviewer voices, with the one-word character Google gives each in the
// speech-generation docs (Puck is the service's default). More voices exist; these eight are the
// long-standing ones every native-audio Live model offers.

export interface VoiceOption {
  name: string;
  description: string;
}

export const VOICES: readonly VoiceOption[] = [
  { name: 'Puck', description: 'Upbeat and lively' },
  { name: 'Charon', description: 'Informative and measured' },
  { name: 'Kore', description: 'Firm and clear' },
  { name: 'Fenrir', description: 'Excitable and energetic' },
  { name: 'Aoede', description: 'Breezy and relaxed' },
  { name: 'Leda', description: 'Youthful' },
  { name: 'Orus', description: 'Firm and steady' },
  { name: 'Zephyr', description: 'Bright' },
];

export const DEFAULT_VOICE = 'Puck';

export function isKnownVoice(name: string): boolean {
  return VOICES.some((v) => v.name === name);
}
