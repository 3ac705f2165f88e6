// The choices the setup screen remembers for next time. Only settings: never the topic, CV or
// job description, which belong to one interview.
import type { InterviewSetup } from '../../lib/interview';

/** Each field is optional: a damaged one is dropped when read back, the others are kept. */
export type SetupPreferences = Partial<
  Pick<InterviewSetup, 'level' | 'voice' | 'languageCode' | 'lengthMinutes' | 'patience' | 'avatar'>
> & {
  /** Record interviews to this device. */
  record?: boolean;
  /** The microphone picked in the mic check; the interview room opens the same one. */
  micDeviceId?: string;
};

export interface PreferencesStore {
  /** What was saved last; an empty object when nothing was saved or storage is unreadable. */
  load(): SetupPreferences;
  /** Returns false when the browser refused to store (full or blocked storage); never throws. */
  save(preferences: SetupPreferences): boolean;
}
