import { countFillers, findFillers, type FillerCount } from './fillers';
import type { Turn } from './interview';
import { countWords } from './speaking-stats-words';

// Speaking statistics computed in the browser from the saved turns; nothing goes to a server.
// Definitions the numbers keep:
// - An answer is a run of consecutive candidate turns (the turn detector can split one answer at
//   a pause); its question is the interviewer turns since the previous answer, joined.
// - Speaking time is the sum of turn durations (endMs − startMs), so silences between turns do
//   not lower the words per minute.
// - The pause before an answer runs from the end of the interviewer's last turn to the start of
//   the answer; overlapping speech (an interruption) counts as no pause.

export interface AnswerRow {
  /** 1-based, in the order spoken. */
  index: number;
  question?: string;
  startMs: number;
  words: number;
  /** Speaking time of the answer's turns. */
  durationMs: number;
  wordsPerMinute: number | null;
  fillers: number;
  /** null when the candidate spoke before the interviewer asked anything. */
  pauseBeforeMs: number | null;
}

export interface SpeakingStats {
  candidateWords: number;
  candidateSpeakingMs: number;
  interviewerSpeakingMs: number;
  /** null when the candidate has no speaking time to divide by. */
  wordsPerMinute: number | null;
  fillers: { total: number; perHundredWords: number | null; counts: FillerCount[] };
  /** The candidate's share of all speaking time, 0–1; null when nobody spoke. */
  candidateTalkShare: number | null;
  longestPause: { ms: number; answerIndex: number } | null;
  averageAnswer: { words: number; durationMs: number } | null;
  answers: AnswerRow[];
}

const spoken = (turn: Turn): number => Math.max(0, turn.endMs - turn.startMs);
const perMinute = (words: number, ms: number): number | null => (ms > 0 ? words / (ms / 60_000) : null);

interface AnswerGroup {
  questionTurns: Turn[];
  answerTurns: Turn[];
}

/** Splits the conversation into question → answer groups, in seq order. */
function groupAnswers(turns: readonly Turn[]): AnswerGroup[] {
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

function answerRow(group: AnswerGroup, index: number, languageCode: string): AnswerRow {
  const text = group.answerTurns.map((t) => t.text).join(' ');
  const first = group.answerTurns[0] as Turn;
  const lastQuestion = group.questionTurns.at(-1);
  const words = countWords(text, languageCode);
  const durationMs = group.answerTurns.reduce((sum, t) => sum + spoken(t), 0);
  const question = group.questionTurns.map((t) => t.text.trim()).join(' ');
  return {
    index,
    ...(question ? { question } : {}),
    startMs: first.startMs,
    words,
    durationMs,
    wordsPerMinute: perMinute(words, durationMs),
    fillers: group.answerTurns.reduce((sum, t) => sum + findFillers(t.text, languageCode).length, 0),
    pauseBeforeMs: lastQuestion ? Math.max(0, first.startMs - lastQuestion.endMs) : null,
  };
}

function longestPause(answers: readonly AnswerRow[]): SpeakingStats['longestPause'] {
  let longest: SpeakingStats['longestPause'] = null;
  for (const answer of answers) {
    if (answer.pauseBeforeMs !== null && (longest === null || answer.pauseBeforeMs > longest.ms)) {
      longest = { ms: answer.pauseBeforeMs, answerIndex: answer.index };
    }
  }
  return longest;
}

/** Everything the report's "Speaking" section shows, from the turns alone. */
export function computeSpeakingStats(turns: readonly Turn[], languageCode: string): SpeakingStats {
  const candidateTurns = turns.filter((t) => t.role === 'candidate');
  const answers = groupAnswers(turns).map((group, i) => answerRow(group, i + 1, languageCode));
  const candidateWords = answers.reduce((sum, a) => sum + a.words, 0);
  const candidateSpeakingMs = candidateTurns.reduce((sum, t) => sum + spoken(t), 0);
  const interviewerSpeakingMs = turns.filter((t) => t.role === 'interviewer').reduce((sum, t) => sum + spoken(t), 0);
  const counts = countFillers(candidateTurns.map((t) => t.text), languageCode);
  const fillerTotal = counts.reduce((sum, c) => sum + c.count, 0);
  const allSpeakingMs = candidateSpeakingMs + interviewerSpeakingMs;
  return {
    candidateWords,
    candidateSpeakingMs,
    interviewerSpeakingMs,
    wordsPerMinute: perMinute(candidateWords, candidateSpeakingMs),
    fillers: { total: fillerTotal, perHundredWords: candidateWords > 0 ? (fillerTotal / candidateWords) * 100 : null, counts },
    candidateTalkShare: allSpeakingMs > 0 ? candidateSpeakingMs / allSpeakingMs : null,
    longestPause: longestPause(answers),
    averageAnswer:
      answers.length > 0
        ? { words: candidateWords / answers.length, durationMs: candidateSpeakingMs / answers.length }
        : null,
    answers,
  };
}
