import type { Turn } from '../../lib/interview';
import { RUBRIC_KEYS, type InterviewReport } from '../../../../contracts/report-schema.ts';
import { deriveOverallScore } from '../../../../contracts/report-rubric.ts';

// The report's evidence must be the candidate's own words. The model is asked to quote exactly,
// but it may tidy punctuation, straighten quotes, or skip words with an ellipsis, and it may
// also invent. A quote is kept when, ignoring case, punctuation, apostrophes and spacing, it
// appears word for word in one of the candidate's answers; a quote with an ellipsis is kept
// when every fragment appears in the same answer, in order. Everything else is dropped.

const ELLIPSIS = /\[\s*(?:\.{3}|…)\s*\]|\.{3,}|…/u;

/** Lower-case words separated by single spaces; punctuation and apostrophes gone. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['‘’‚‛`´]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Each answer (a run of consecutive candidate turns) as one normalised text, padded with spaces. */
function candidateAnswers(turns: readonly Turn[]): string[] {
  const answers: string[][] = [];
  let current: string[] | undefined;
  for (const turn of [...turns].sort((a, b) => a.seq - b.seq)) {
    if (turn.role !== 'candidate') {
      current = undefined;
    } else if (current) {
      current.push(turn.text);
    } else {
      current = [turn.text];
      answers.push(current);
    }
  }
  return answers.map((texts) => ` ${normaliseForQuote(texts.join(' '))} `);
}

/** True when every fragment occurs in `answer` at word boundaries, each after the one before. */
function fragmentsInOrder(answer: string, fragments: readonly string[]): boolean {
  let from = 0;
  for (const fragment of fragments) {
    const at = answer.indexOf(` ${fragment} `, from);
    if (at < 0) return false;
    from = at + fragment.length + 1;
  }
  return true;
}

/** Builds a checker for one transcript; reuse it for all the quotes of a report. */
export function makeQuoteChecker(turns: readonly Turn[]): (quote: string) => boolean {
  const answers = candidateAnswers(turns);
  return (quote) => {
    const fragments = quote
      .split(ELLIPSIS)
      .map(normaliseForQuote)
      .filter((f) => f !== '');
    if (fragments.length === 0) return false;
    // Joining single words with ellipses could "prove" almost anything.
    if (fragments.length > 1 && fragments.some((f) => !f.includes(' '))) return false;
    return answers.some((answer) => fragmentsInOrder(answer, fragments));
  };
}

export function isQuoteInTranscript(quote: string, turns: readonly Turn[]): boolean {
  return makeQuoteChecker(turns)(quote);
}

/**
 * The report with only the rubric quotes the transcript bears out, and the ones dropped. A score
 * needs evidence (REPORT-CONTRACT.md): one whose every quote was dropped becomes "not enough
 * evidence" (null), and the overall score is derived again by the written rule.
 */
export function filterReportQuotes(
  report: InterviewReport,
  turns: readonly Turn[],
): { report: InterviewReport; dropped: string[] } {
  const isGenuine = makeQuoteChecker(turns);
  const dropped: string[] = [];
  const rubric = { ...report.rubric };
  let lostEvidence = false;
  for (const key of RUBRIC_KEYS) {
    const entry = report.rubric[key];
    const quotes: string[] = [];
    for (const quote of entry.quotes) (isGenuine(quote) ? quotes : dropped).push(quote);
    const unsupported = entry.score !== null && entry.quotes.length > 0 && quotes.length === 0;
    lostEvidence ||= unsupported;
    rubric[key] = { ...entry, quotes, ...(unsupported ? { score: null } : {}) };
  }
  const overallScore = lostEvidence ? deriveOverallScore(rubric) : report.overallScore;
  return { report: { ...report, rubric, overallScore }, dropped };
}
