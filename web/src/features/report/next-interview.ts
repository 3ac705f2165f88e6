// The two ways the report leads to another interview: "Practise again" with the same setup, and
// "Drill my weakest answer", a short interview on the question that scored worst. The setup has
// no field for a question to practise, so the drill is written into the topic, which the
// interviewer's prompt is built around: "Drill (System design): How would you shard?".
import type { InterviewSetup } from '../../lib/interview';
import type { InterviewReport, PerQuestionNote } from '../../../../contracts/report-schema.ts';

/** The setup screen's limit for a topic. */
export const TOPIC_MAX = 200;
export const DRILL_MINUTES = 10;

/** The lowest-scoring question (a question without a score is left out); the earliest on a tie. */
export function pickWeakestQuestion(report: InterviewReport): PerQuestionNote | undefined {
  let weakest: PerQuestionNote | undefined;
  for (const note of report.perQuestion) {
    if (note.score === null || !note.question.trim()) continue;
    if (weakest === undefined || note.score < (weakest.score ?? Infinity)) weakest = note;
  }
  return weakest;
}

/** Shortens at a word boundary and marks the cut with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

export function drillTopic(originalTopic: string, question: string): string {
  const topic = shorten(originalTopic.replace(/^Drill \((.*?)\): .*$/s, '$1').trim(), 60);
  const prefix = `Drill (${topic}): `;
  return prefix + shorten(question.replace(/\s+/g, ' ').trim(), TOPIC_MAX - prefix.length);
}

/** A 10-minute interview on one question, otherwise with the same choices (CV, job, voice…). */
export function drillSetup(setup: InterviewSetup, question: string): InterviewSetup {
  // The drilled question becomes the one practice question; a pack's questions from an earlier
  // practice run must not ride along into a 10-minute drill.
  return {
    ...setup,
    topic: drillTopic(setup.topic, question),
    practiceQuestions: [question.replace(/\s+/g, ' ').trim()],
    lengthMinutes: DRILL_MINUTES,
  };
}

export type StartResult = { ok: true; path: string } | { ok: false; message: string };

/**
 * Hands the setup to the room under a new id, the way the setup screen does. Saving can throw
 * when the browser blocks site data; that becomes a sentence instead.
 */
export function startInterview(
  setup: InterviewSetup,
  save: (id: string, setup: InterviewSetup) => void,
  newId: () => string = () => crypto.randomUUID(),
): StartResult {
  const id = newId();
  try {
    save(id, setup);
  } catch {
    return {
      ok: false,
      message:
        'This browser is not letting Mockingbird start an interview (site data is blocked or full). Allow site data for this site and try again.',
    };
  }
  return { ok: true, path: `/interview/${encodeURIComponent(id)}` };
}
