import type { InterviewSetup } from '../interview';

/** The interview tests set up unless they are about its choices: every field plain, no avatar. */
export const SAMPLE_SETUP: InterviewSetup = {
  topic: 'Python backend',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 20,
  patience: 'normal',
  avatar: false,
};
