// The speaking stats as the report shows them: headline figures with a plain-language detail,
// and the per-answer rows, from computeSpeakingStats. Missing figures (no answers, no timing)
// read "—" with a reason instead of a misleading zero.
import type { AnswerRow, SpeakingStats } from '../../lib/speaking-stats';
import { formatDuration, formatPercent, formatSeconds } from '../../lib/format';

export interface StatFigure {
  label: string;
  value: string;
  detail: string;
}

const NONE = '—';

function fillerDetail(stats: SpeakingStats): string {
  if (stats.fillers.total === 0) return stats.candidateWords > 0 ? 'None heard' : 'No answers to count';
  const top = [...stats.fillers.counts]
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map((c) => `“${c.filler}” ×${c.count}`)
    .join(', ');
  const rate = stats.fillers.perHundredWords === null ? '' : `${stats.fillers.perHundredWords.toFixed(1)} per 100 words: `;
  return `${rate}${top}`;
}

export function statFigures(stats: SpeakingStats): StatFigure[] {
  const share = stats.candidateTalkShare;
  return [
    {
      label: 'Speaking pace',
      value: stats.wordsPerMinute === null ? NONE : `${Math.round(stats.wordsPerMinute)} wpm`,
      detail: stats.wordsPerMinute === null ? 'No timed answers' : 'Words per minute while you spoke; 120–160 is easy to follow',
    },
    { label: 'Filler words', value: String(stats.fillers.total), detail: fillerDetail(stats) },
    {
      label: 'Your share of talk time',
      value: share === null ? NONE : formatPercent(share),
      detail: share === null ? 'Nobody spoke' : `The interviewer had ${formatPercent(1 - share)}`,
    },
    {
      label: 'Longest pause before answering',
      value: stats.longestPause === null ? NONE : formatSeconds(stats.longestPause.ms),
      detail: stats.longestPause === null ? 'No answers after a question' : `Before answer ${stats.longestPause.answerIndex}`,
    },
    {
      label: 'Average answer',
      value: stats.averageAnswer === null ? NONE : `${Math.round(stats.averageAnswer.words)} words`,
      detail: stats.averageAnswer === null ? 'No answers yet' : `About ${formatDuration(stats.averageAnswer.durationMs)} each`,
    },
  ];
}

export interface AnswerCells {
  index: number;
  question: string;
  words: string;
  duration: string;
  pace: string;
  fillers: string;
  pause: string;
}

/**
 * At most `max` characters with the ellipsis, cut between words, never inside one: a word
 * longer than the whole allowance is the one case cut mid-word.
 */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const cutsWord = /\S/.test(text.charAt(max - 1));
  const space = head.search(/\s\S*$/);
  const kept = cutsWord && space > 0 ? head.slice(0, space) : head;
  return `${kept.trimEnd().replace(/[,;:]$/, '')}…`;
}

/** Long questions are cut for the table; the transcript below has them in full. */
export function answerCells(row: AnswerRow, maxQuestion = 90): AnswerCells {
  const question = row.question ?? '(before any question)';
  return {
    index: row.index,
    question: shortenAtWord(question, maxQuestion),
    words: String(row.words),
    duration: formatDuration(row.durationMs),
    pace: row.wordsPerMinute === null ? NONE : String(Math.round(row.wordsPerMinute)),
    fillers: String(row.fillers),
    pause: row.pauseBeforeMs === null ? NONE : formatSeconds(row.pauseBeforeMs),
  };
}
