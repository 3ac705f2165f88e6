// Hands the finished setup to the interview room: Start stores it under the new interview's id
// in sessionStorage (this tab only, gone when the tab closes) and the room reads it back.
import { LENGTHS_MINUTES, LEVELS, PATIENCE, type InterviewSetup } from '../../lib/interview';

const keyFor = (id: string) => `mockingbird:setup:${id}`;

function includes<T>(list: readonly T[], value: unknown): value is T {
  return list.includes(value as T);
}

/** Throws when the browser refuses to store (blocked or full storage); the caller explains. */
export function saveSetupForInterview(id: string, setup: InterviewSetup, storage: Pick<Storage, 'setItem'> = sessionStorage): void {
  storage.setItem(keyFor(id), JSON.stringify(setup));
}

/** The setup stored for `id`, or undefined when there is none or it is not a valid setup. */
export function loadSetupForInterview(id: string, storage: Pick<Storage, 'getItem'> = sessionStorage): InterviewSetup | undefined {
  try {
    const text = storage.getItem(keyFor(id));
    return text ? parseInterviewSetup(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function parseInterviewSetup(raw: unknown): InterviewSetup | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.topic !== 'string' || !r.topic.trim()) return undefined;
  if (!includes(LEVELS, r.level) || !includes(LENGTHS_MINUTES, r.lengthMinutes) || !includes(PATIENCE, r.patience)) return undefined;
  if (typeof r.voice !== 'string' || typeof r.languageCode !== 'string' || typeof r.avatar !== 'boolean') return undefined;
  const setup: InterviewSetup = {
    topic: r.topic,
    level: r.level,
    voice: r.voice,
    languageCode: r.languageCode,
    lengthMinutes: r.lengthMinutes,
    patience: r.patience,
    avatar: r.avatar,
  };
  const cvText = optionalText(r.cvText);
  if (cvText) setup.cvText = cvText;
  const job = r.jobDescription;
  if (typeof job === 'object' && job !== null) {
    const { title, text } = job as Record<string, unknown>;
    if (typeof title === 'string' && typeof text === 'string' && (title.trim() || text.trim())) setup.jobDescription = { title, text };
  }
  const practice = practiceQuestionsFrom(r.practiceQuestions);
  if (practice.length > 0) setup.practiceQuestions = practice;
  return setup;
}

/** A preparation pack has at most 12 questions; the cap only guards against a tampered value. */
const MAX_PRACTICE_QUESTIONS = 20;

function practiceQuestionsFrom(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((q): q is string => typeof q === 'string' && q.trim() !== '')
    .map((q) => q.trim())
    .slice(0, MAX_PRACTICE_QUESTIONS);
}
