// The choices the setup screen remembers for next time. Only settings: never the topic, CV or
// job description, which belong to one interview.
import type { LengthMinutes, Level, Patience } from '../../lib/interview';

export interface SetupPreferences {
  level?: Level;
  voice?: string;
  languageCode?: string;
  lengthMinutes?: LengthMinutes;
  patience?: Patience;
  avatar?: boolean;
  /** The microphone picked in the mic check; the interview room opens the same one. */
  micDeviceId?: string;
}

export interface PreferencesStore {
  /** What was saved last; an empty object when nothing was saved or storage is unreadable. */
  load(): SetupPreferences;
  /** Returns false when the browser refused to store (full or blocked storage); never throws. */
  save(preferences: SetupPreferences): boolean;
}
