// The choices the setup screen remembers for next time. Only settings: never the topic, CV or
// job description, which belong to one interview.
import { z } from 'zod';
import { interviewSetupFields } from '../../lib/interview-setup-schema';

/** Each field on its own: a damaged one is dropped, the others are kept. */
const fields = interviewSetupFields.shape;
const nonEmpty = z.string().min(1);

export const setupPreferencesSchema = z
  .object({
    level: fields.level.optional().catch(undefined),
    voice: nonEmpty.optional().catch(undefined),
    languageCode: nonEmpty.optional().catch(undefined),
    lengthMinutes: fields.lengthMinutes.optional().catch(undefined),
    patience: fields.patience.optional().catch(undefined),
    avatar: fields.avatar.optional().catch(undefined),
    /** Record interviews to this device. */
    record: z.boolean().optional().catch(undefined),
    /** The microphone picked in the mic check; the interview room opens the same one. */
    micDeviceId: nonEmpty.optional().catch(undefined),
  })
  .transform((prefs) => Object.fromEntries(Object.entries(prefs).filter(([, value]) => value !== undefined)) as Partial<typeof prefs>);

export type SetupPreferences = z.output<typeof setupPreferencesSchema>;

export interface PreferencesStore {
  /** What was saved last; an empty object when nothing was saved or storage is unreadable. */
  load(): SetupPreferences;
  /** Returns false when the browser refused to store (full or blocked storage); never throws. */
  save(preferences: SetupPreferences): boolean;
}
