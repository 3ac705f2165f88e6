// The speaking stats as the report shows them: headline figures with a plain-language detail,
// and the per-answer rows, from computeSpeakingStats. Missing figures read "—" (nothing to
// measure) or "Not measured" (speech whose voice was not timed) with a reason, never a zero or
// a number taken from when the text arrived. Typed answers are shown on their own.
import type { AnswerRow, SpeakingStats } from '../../lib/speaking-stats';
import { MIN_PAUSE_MS } from '../../lib/speech-spans';
import { formatDuration, formatPercent, formatSeconds } from '../../lib/format';

export interface StatFigure {
  label: string;
  value: string;
  detail: string;
}

const NONE = '—';

function fillerDetail(stats: SpeakingStats): string {
  if (stats.fillers.total === 0) return stats.spokenAnswers > 0 ? 'None heard' : 'No spoken answers to count';
  const top = [...stats.fillers.counts]
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map((c) => `“${c.filler}” ×${c.count}`)
    .join(', ');
  const rate =
    stats.fillers.perHundredWords === null ? '' : `${stats.fillers.perHundredWords.toFixed(1)} per 100 words: `;
  return `${rate}${top}`;
}

const NOT_MEASURED = 'Not measured';

/** Why spoken answers have no pace: timing never saved (older interviews), or it did not fit the words. */
function missingPaceReason(stats: SpeakingStats): string {
  if (stats.spokenAnswers === 0)
    return stats.typed.answers > 0 ? 'Your answers were typed, so there is no pace' : 'No spoken answers';
  if (stats.answers.some((a) => a.timing === 'not-measured'))
    return 'Your voice was not timed in this interview, so there is no pace';
  return 'Your voice timing did not match your words, so there is no pace';
}

/** The value for a figure that is missing: "Not measured" when there was speech to measure. */
const missing = (stats: SpeakingStats): string => (stats.spokenAnswers > 0 ? NOT_MEASURED : NONE);

function paceFigure(stats: SpeakingStats): StatFigure {
  const wpm = stats.wordsPerMinute;
  if (wpm === null) return { label: 'Speaking pace', value: missing(stats), detail: missingPaceReason(stats) };
  return {
    label: 'Speaking pace',
    value: `${Math.round(wpm)} wpm`,
    detail: 'Words per minute while your voice was heard; 120–160 is easy to follow',
  };
}

function shareFigure(stats: SpeakingStats): StatFigure {
  const share = stats.candidateTalkShare;
  const label = 'Your share of talk time';
  if (share === null)
    return {
      label,
      value: missing(stats),
      detail: stats.spokenAnswers > 0 ? 'Both voices must be timed to compare them' : 'Nobody spoke an answer',
    };
  const typedNote = stats.typed.answers > 0 ? '; typed answers are not in it' : '';
  return { label, value: formatPercent(share), detail: `The interviewer had ${formatPercent(1 - share)}${typedNote}` };
}

function pauseFigures(stats: SpeakingStats): StatFigure[] {
  const before = stats.longestPause;
  const mid = stats.midAnswerPauses;
  const longestMid = mid?.longest;
  return [
    {
      label: 'Longest pause before answering',
      value: before === null ? missing(stats) : formatSeconds(before.ms),
      detail: before === null ? 'From the end of a question to your first word' : `Before answer ${before.answerIndex}`,
    },
    {
      label: 'Pauses mid-answer',
      value: mid === null ? missing(stats) : String(mid.count),
      detail: longestMid
        ? `Silences of ${formatSeconds(MIN_PAUSE_MS)} or more; the longest, ${formatSeconds(longestMid.ms)}, in answer ${longestMid.answerIndex}`
        : mid === null
          ? 'Silences inside your spoken answers'
          : `No silence of ${formatSeconds(MIN_PAUSE_MS)} or more inside an answer`,
    },
  ];
}

function averageFigure(stats: SpeakingStats): StatFigure {
  const average = stats.averageAnswer;
  if (average === null) return { label: 'Average answer', value: NONE, detail: 'No spoken answers' };
  const length =
    average.lengthMs === null
      ? 'Length not measured'
      : `About ${formatDuration(average.lengthMs)} each, first word to last`;
  return { label: 'Average answer', value: `${Math.round(average.words)} words`, detail: length };
}

/** "2 typed answers, 140 words", shown beside the spoken figures, never mixed into them. */
function typedFigure(stats: SpeakingStats): StatFigure[] {
  const { answers, words } = stats.typed;
  if (answers === 0) return [];
  return [
    {
      label: 'Typed answers',
      value: String(answers),
      detail: `${words} ${words === 1 ? 'word' : 'words'}, kept out of pace and pauses`,
    },
  ];
}

export function statFigures(stats: SpeakingStats): StatFigure[] {
  return [
    paceFigure(stats),
    { label: 'Filler words', value: String(stats.fillers.total), detail: fillerDetail(stats) },
    shareFigure(stats),
    ...pauseFigures(stats),
    averageFigure(stats),
    ...typedFigure(stats),
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
  pauses: string;
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

/** What a timing cell says when there is no number: typed, or not measured. */
function noTime(row: AnswerRow): string {
  return row.timing === 'typed' ? 'typed' : NONE;
}

/** Long questions are cut for the table; the transcript below has them in full. */
export function answerCells(row: AnswerRow, maxQuestion = 90): AnswerCells {
  const question = row.question ?? '(before any question)';
  return {
    index: row.index,
    question: shortenAtWord(question, maxQuestion),
    words:
      row.typedWords > 0 && row.typedWords < row.words ? `${row.words} (${row.typedWords} typed)` : String(row.words),
    duration: row.lengthMs === null ? noTime(row) : formatDuration(row.lengthMs),
    pace: row.wordsPerMinute === null ? noTime(row) : String(Math.round(row.wordsPerMinute)),
    fillers: String(row.fillers),
    pause: row.pauseBeforeMs === null ? noTime(row) : formatSeconds(row.pauseBeforeMs),
    pauses: row.speakingMs === null ? noTime(row) : String(row.pauses.length),
  };
}
