import { findFillers } from './fillers';
import type { Turn } from './interview';
import { countWords } from './speaking-stats-words';
import { lengthMs, measuredSpans, pausesBetween, speakingMs, type Pause } from './speech-spans';

// One row per answer. An answer is a run of consecutive candidate turns (the turn detector can
// split one answer at a pause); its question is the interviewer turns since the previous answer,
// joined. Typed turns count as words and nothing else: no speaking time, no pace, no pauses.

/**
 * Faster than anyone speaks (auctioneers reach about 250–300). A pace above it means the voice
 * timing and the words disagree (e.g. the detector missed most of the answer): the answer then
 * has no pace, rather than a clamped number that would still be invented.
 */
export const MAX_PLAUSIBLE_WPM = 400;

/** How an answer's time is known: 'measured' from the voice; otherwise why it has no pace. */
export type AnswerTiming = 'measured' | 'typed' | 'not-measured' | 'implausible';

export interface AnswerRow {
  /** 1-based, in the order spoken. */
  index: number;
  question?: string;
  /** When the answer's first turn began, on the transcript's clock (for ordering only). */
  startMs: number;
  /** Every word of the answer, typed ones included. */
  words: number;
  typedWords: number;
  timing: AnswerTiming;
  /** Voiced time of the spoken turns; null when not measured or all typed. */
  speakingMs: number | null;
  /** From the first voice to the last, pauses included; null when not measured. */
  lengthMs: number | null;
  wordsPerMinute: number | null;
  /** Fillers in the spoken turns. */
  fillers: number;
  /** From the end of the interviewer's voice to the candidate's; null when either was not measured. */
  pauseBeforeMs: number | null;
  /** Silences of at least MIN_PAUSE_MS inside the answer; empty when not measured. */
  pauses: Pause[];
}

interface AnswerGroup {
  questionTurns: Turn[];
  answerTurns: Turn[];
}

/** Splits the conversation into question → answer groups, in seq order. */
export function groupAnswers(turns: readonly Turn[]): AnswerGroup[] {
  const groups: AnswerGroup[] = [];
  let questionTurns: Turn[] = [];
  let current: AnswerGroup | undefined;
  for (const turn of [...turns].sort((a, b) => a.seq - b.seq)) {
    if (turn.role === 'interviewer') {
      if (current) questionTurns = [];
      current = undefined;
      questionTurns.push(turn);
    } else if (current) {
      current.answerTurns.push(turn);
    } else {
      current = { questionTurns, answerTurns: [turn] };
      groups.push(current);
    }
  }
  return groups;
}

const wordsIn = (turns: readonly Turn[], languageCode: string): number =>
  turns.reduce((sum, t) => sum + countWords(t.text, languageCode), 0);

/** The silence between the question's last voice and the answer's first. */
function pauseBefore(question: Turn | undefined, answerStartMs: number | undefined): number | null {
  const questionEnd = question?.speech?.at(-1)?.endMs;
  if (questionEnd === undefined || answerStartMs === undefined) return null;
  // Overlapping voices (the candidate spoke over the question) leave no pause.
  return Math.max(0, answerStartMs - questionEnd);
}

interface SpokenTiming {
  timing: AnswerTiming;
  speakingMs: number | null;
  lengthMs: number | null;
  wordsPerMinute: number | null;
  pauses: Pause[];
  firstVoiceMs?: number;
}

function spokenTiming(spoken: readonly Turn[], words: number): SpokenTiming {
  if (spoken.length === 0)
    return { timing: 'typed', speakingMs: null, lengthMs: null, wordsPerMinute: null, pauses: [] };
  const spans = measuredSpans(spoken);
  if (spans === null)
    return { timing: 'not-measured', speakingMs: null, lengthMs: null, wordsPerMinute: null, pauses: [] };
  const ms = speakingMs(spans);
  const pace = ms > 0 ? words / (ms / 60_000) : null;
  const plausible = pace !== null && pace <= MAX_PLAUSIBLE_WPM;
  return {
    timing: plausible ? 'measured' : 'implausible',
    speakingMs: ms,
    lengthMs: lengthMs(spans),
    wordsPerMinute: plausible ? pace : null,
    pauses: pausesBetween(spans),
    ...(spans[0] ? { firstVoiceMs: spans[0].startMs } : {}),
  };
}

export function answerRow(group: AnswerGroup, index: number, languageCode: string): AnswerRow {
  const spoken = group.answerTurns.filter((t) => !t.typed);
  const typedWords = wordsIn(
    group.answerTurns.filter((t) => t.typed),
    languageCode,
  );
  const spokenWords = wordsIn(spoken, languageCode);
  const { firstVoiceMs, ...timing } = spokenTiming(spoken, spokenWords);
  const question = group.questionTurns.map((t) => t.text.trim()).join(' ');
  return {
    index,
    ...(question ? { question } : {}),
    startMs: (group.answerTurns[0] as Turn).startMs,
    words: spokenWords + typedWords,
    typedWords,
    ...timing,
    fillers: spoken.reduce((sum, t) => sum + findFillers(t.text, languageCode).length, 0),
    pauseBeforeMs: pauseBefore(group.questionTurns.at(-1), firstVoiceMs),
  };
}
