import { countFillers, type FillerCount } from './fillers';
import type { Turn } from './interview';
import { answerRow, groupAnswers, type AnswerRow } from './speaking-answers';
import { measuredSpans, speakingMs } from './speech-spans';

export type { AnswerRow, AnswerTiming } from './speaking-answers';

// Speaking statistics computed in the browser from the saved turns; nothing goes to a server.
// Times come from the voice (speech-spans.ts), words from the transcript. Definitions the
// numbers keep:
// - words per minute divides the words of measured, plausible spoken answers by their voiced
//   time; typed answers and answers whose voice was not measured stay out of it;
// - talk share compares voiced time, the candidate's against the interviewer's playback, and
//   only when every spoken turn of both was measured;
// - the pause before an answer runs from the end of the interviewer's voice to the start of the
//   candidate's; pauses mid-answer are the silences between the answer's voiced spans.

export interface SpeakingStats {
  /** Every candidate word, typed ones included. */
  candidateWords: number;
  /** Answers the candidate spoke (at least one spoken turn). */
  spokenAnswers: number;
  /** Typed answers (turns), shown on their own. */
  typed: { answers: number; words: number };
  /** Voiced time of the measured spoken answers; null when none was measured. */
  candidateSpeakingMs: number | null;
  /** The interviewer's playback time; null when any interviewer turn was not measured. */
  interviewerSpeakingMs: number | null;
  /** null when no spoken answer has a measured, plausible pace. */
  wordsPerMinute: number | null;
  /** Fillers in spoken answers. */
  fillers: { total: number; perHundredWords: number | null; counts: FillerCount[] };
  /** The candidate's share of all voiced time, 0–1; null unless both sides were measured. */
  candidateTalkShare: number | null;
  longestPause: { ms: number; answerIndex: number } | null;
  /** Pauses inside measured answers; null when no answer was measured. */
  midAnswerPauses: { count: number; longest: { ms: number; answerIndex: number } | null } | null;
  /** Spoken answers: their average words, and length when measured. */
  averageAnswer: { words: number; lengthMs: number | null } | null;
  answers: AnswerRow[];
}

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

function longest(items: readonly { ms: number; answerIndex: number }[]): { ms: number; answerIndex: number } | null {
  return items.reduce<{ ms: number; answerIndex: number } | null>(
    (best, item) => (best === null || item.ms > best.ms ? item : best),
    null,
  );
}

function paceOf(answers: readonly AnswerRow[]): number | null {
  const paced = answers.filter((a) => a.timing === 'measured');
  const ms = sum(paced.map((a) => a.speakingMs ?? 0));
  return ms > 0 ? sum(paced.map((a) => a.words - a.typedWords)) / (ms / 60_000) : null;
}

function midAnswerPauses(answers: readonly AnswerRow[]): SpeakingStats['midAnswerPauses'] {
  const measured = answers.filter((a) => a.speakingMs !== null);
  if (measured.length === 0) return null;
  const pauses = measured.flatMap((a) => a.pauses.map((p) => ({ ms: p.ms, answerIndex: a.index })));
  return { count: pauses.length, longest: longest(pauses) };
}

function averageAnswer(spoken: readonly AnswerRow[]): SpeakingStats['averageAnswer'] {
  if (spoken.length === 0) return null;
  const lengths = spoken.map((a) => a.lengthMs);
  const words = sum(spoken.map((a) => a.words - a.typedWords)) / spoken.length;
  // An average over only the measured answers would hide the others: all of them, or none.
  return { words, lengthMs: lengths.every((ms) => ms !== null) ? sum(lengths) / spoken.length : null };
}

/** Everything the report's "Speaking" section shows, from the turns alone. */
export function computeSpeakingStats(turns: readonly Turn[], languageCode: string): SpeakingStats {
  const answers = groupAnswers(turns).map((group, i) => answerRow(group, i + 1, languageCode));
  const spoken = answers.filter((a) => a.timing !== 'typed');
  const spokenTurns = turns.filter((t) => t.role === 'candidate' && !t.typed);
  const typedTurns = turns.filter((t) => t.role === 'candidate' && t.typed);
  const candidateWords = sum(answers.map((a) => a.words));
  const spokenWords = candidateWords - sum(answers.map((a) => a.typedWords));
  const counts = countFillers(
    spokenTurns.map((t) => t.text),
    languageCode,
  );
  const fillerTotal = sum(counts.map((c) => c.count));
  const measured = spoken.filter((a) => a.speakingMs !== null);
  const candidateSpeakingMs = measured.length > 0 ? sum(measured.map((a) => a.speakingMs ?? 0)) : null;
  const interviewerSpans = measuredSpans(turns.filter((t) => t.role === 'interviewer'));
  const interviewerSpeakingMs = interviewerSpans === null ? null : speakingMs(interviewerSpans);
  const everyoneMeasured =
    measured.length === spoken.length && candidateSpeakingMs !== null && interviewerSpeakingMs !== null;
  const allSpeakingMs = (candidateSpeakingMs ?? 0) + (interviewerSpeakingMs ?? 0);
  return {
    candidateWords,
    spokenAnswers: spoken.length,
    typed: { answers: typedTurns.length, words: sum(answers.map((a) => a.typedWords)) },
    candidateSpeakingMs,
    interviewerSpeakingMs,
    wordsPerMinute: paceOf(answers),
    fillers: {
      total: fillerTotal,
      perHundredWords: spokenWords > 0 ? (fillerTotal / spokenWords) * 100 : null,
      counts,
    },
    candidateTalkShare: everyoneMeasured && allSpeakingMs > 0 ? (candidateSpeakingMs ?? 0) / allSpeakingMs : null,
    longestPause: longest(
      answers.flatMap((a) => (a.pauseBeforeMs === null ? [] : [{ ms: a.pauseBeforeMs, answerIndex: a.index }])),
    ),
    midAnswerPauses: midAnswerPauses(spoken),
    averageAnswer: averageAnswer(spoken),
    answers,
  };
}
