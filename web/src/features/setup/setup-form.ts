// The setup form's values, their defaults, validation and conversion into an InterviewSetup.
// Pure, so the rules are tested without a browser.
import type { InterviewSetup, LengthMinutes, Level, Patience } from '../../lib/interview';
import { DEFAULT_LANGUAGE, findLanguage, matchLanguage } from '../../lib/languages';
import { CV_MAX_CHARS } from '../../lib/text-cleanup';
import { DEFAULT_VOICE, isKnownVoice } from '../../lib/voices';
import type { SetupPreferences } from '../../services/preferences/types';

export const TOPIC_MAX_CHARS = 200;
export const JOB_TITLE_MAX_CHARS = 120;
/** Job adverts run 2,000–5,000 characters; 8,000 keeps a long one whole within the prompt budget. */
export const JOB_TEXT_MAX_CHARS = 8_000;

export interface SetupFormValues {
  topic: string;
  level: Level;
  cvText: string;
  jobTitle: string;
  jobText: string;
  voice: string;
  languageCode: string;
  lengthMinutes: LengthMinutes;
  patience: Patience;
  avatar: boolean;
  /** Record both voices to this device; off unless chosen. */
  record: boolean;
  /** Answer by typing, with no microphone; the interviewer still speaks. Not remembered. */
  typedAnswers: boolean;
}

/** Fields that can be invalid, in the order they appear on the page (first gets focus). */
export const VALIDATED_FIELDS = ['topic', 'cvText', 'jobTitle', 'jobText'] as const;
export type ValidatedField = (typeof VALIDATED_FIELDS)[number];
export type SetupErrors = Partial<Record<ValidatedField, string>>;

export function initialValues(prefs: SetupPreferences, browserLanguages: readonly string[]): SetupFormValues {
  return {
    topic: '',
    level: prefs.level ?? 'Intermediate',
    cvText: '',
    jobTitle: '',
    jobText: '',
    voice: prefs.voice && isKnownVoice(prefs.voice) ? prefs.voice : DEFAULT_VOICE,
    languageCode:
      prefs.languageCode && findLanguage(prefs.languageCode)
        ? prefs.languageCode
        : matchLanguage(browserLanguages) || DEFAULT_LANGUAGE,
    lengthMinutes: prefs.lengthMinutes ?? 20,
    patience: prefs.patience ?? 'normal',
    avatar: prefs.avatar ?? false,
    record: prefs.record ?? false,
    typedAnswers: false,
  };
}

const thousands = (n: number) => n.toLocaleString('en-US');

function tooLong(what: string, max: number, actual: number): string {
  return `Shorten the ${what} to ${thousands(max)} characters or fewer; it has ${thousands(actual)}.`;
}

export function validateSetup(values: SetupFormValues): SetupErrors {
  const errors: SetupErrors = {};
  const topic = values.topic.trim();
  if (!topic) errors.topic = 'Enter a topic to practise, for example “Python backend” or “Leadership”.';
  else if (topic.length > TOPIC_MAX_CHARS) errors.topic = tooLong('topic', TOPIC_MAX_CHARS, topic.length);
  const cv = values.cvText.trim();
  if (cv.length > CV_MAX_CHARS) errors.cvText = tooLong('CV text', CV_MAX_CHARS, cv.length);
  const title = values.jobTitle.trim();
  if (title.length > JOB_TITLE_MAX_CHARS) errors.jobTitle = tooLong('job title', JOB_TITLE_MAX_CHARS, title.length);
  const job = values.jobText.trim();
  if (job.length > JOB_TEXT_MAX_CHARS) errors.jobText = tooLong('job description', JOB_TEXT_MAX_CHARS, job.length);
  return errors;
}

export function firstInvalidField(errors: SetupErrors): ValidatedField | undefined {
  return VALIDATED_FIELDS.find((field) => errors[field]);
}

/** What the interviewer receives: trimmed, with empty optional parts left out. */
export function toInterviewSetup(values: SetupFormValues, avatarAvailable: boolean): InterviewSetup {
  const setup: InterviewSetup = {
    topic: values.topic.trim(),
    level: values.level,
    voice: values.voice,
    languageCode: values.languageCode,
    lengthMinutes: values.lengthMinutes,
    patience: values.patience,
    avatar: avatarAvailable && values.avatar,
  };
  if (values.record) setup.record = true;
  if (values.typedAnswers) setup.typedAnswers = true;
  const cv = values.cvText.trim();
  if (cv) setup.cvText = cv;
  const title = values.jobTitle.trim();
  const text = values.jobText.trim();
  if (title || text) setup.jobDescription = { title, text };
  return setup;
}

export function toPreferences(values: SetupFormValues): SetupPreferences {
  const { level, voice, languageCode, lengthMinutes, patience, avatar, record } = values;
  return { level, voice, languageCode, lengthMinutes, patience, avatar, record };
}
