import { FENCE_RULE, fenceData } from './data-fence.ts';
import { defineJsonTask, type ModelPrompt } from './generate-json.ts';
import type { ReportRequest } from './report-request.ts';
import { CRITERIA, deriveOverallScore, OVERALL_RULE, RUBRIC_KEYS } from './report-rubric.ts';
import { reportSchema, type Report } from './report-schema.ts';

// The instructions for the report model, the same from the server and from the browser with the
// user's own key. Everything the candidate controls (topic, CV, job description, their answers)
// is fenced as data. Each turn is one line, "[N] Candidate: " and its text as a JSON string, so
// an answer cannot start a line of its own and pose as the next turn; N is the turn's 1-based
// position in the transcript as sent, which the report's turn numbers refer to.

const anchors = RUBRIC_KEYS.map(
  (key) => `- ${key}: ${CRITERIA[key].judges} ${CRITERIA[key].anchors.map((a, i) => `${i + 1} = ${a}`).join('; ')}.`,
);

const SYSTEM_INSTRUCTION = [
  'You are an experienced interview coach writing feedback for a candidate after a mock interview.',
  FENCE_RULE,
  '',
  '# How to judge',
  '- Judge the answers against the stated topic and level. Be specific, kind and honest.',
  '- The transcript comes from automatic speech recognition: ignore words that look misheard, and judge no grammar, accent or fluency unless the meaning is lost. Many candidates speak in a second language.',
  '- Score each rubric criterion from 1 to 5 by these anchors, where 3 always means "meets the bar for this level":',
  ...anchors,
  '- When the transcript gives too little evidence for a criterion, its score is null and the comment says what was missing; never guess a score. A score needs at least one quote.',
  '- Every quote must be copied exactly, word for word, from a candidate turn; never quote the interviewer and never paraphrase inside a quote.',
  '- strengths and improvements may be empty when there is no evidence for them.',
  '',
  '# Per question',
  '- One perQuestion entry for each main interviewer question, not for the introduction, follow-ups or the closing "any questions" part. questionTurn and answerTurns are the [N] numbers of the turns.',
  '- whatWasMissing names what the answer lacked (a result, the candidate\u2019s own part, specifics, a direct answer).',
  '- exampleAnswer is a spoken answer the candidate could give, built only from their own words, their CV and the job description. Where a fact is needed that they did not give (a number, a name, an outcome), write a [placeholder] such as [how much faster] instead of inventing it. The same holds for "tryThis".',
  '',
  '# Overall score',
  `- Write overallScore last, after everything else. ${OVERALL_RULE}`,
  '',
  'Write to the candidate as "you", in the language the candidate used in the interview. Answer only with JSON that matches the response schema.',
].join('\n');

function transcriptLines(req: ReportRequest): string {
  return req.transcript
    .map(
      (turn, i) =>
        `[${i + 1}] ${turn.role === 'candidate' ? 'Candidate' : 'Interviewer'}: ${JSON.stringify(turn.text)}`,
    )
    .join('\n');
}

function sessionLine(req: ReportRequest): string {
  const { durationMs, plannedMinutes, endedBy } = req.interview;
  const parts = [
    durationMs !== undefined
      ? `It lasted ${Math.round(durationMs / 60_000)} minutes${plannedMinutes ? ` of ${plannedMinutes} planned` : ''}.`
      : undefined,
    endedBy ? `It was ended by the ${endedBy}.` : undefined,
  ].filter(Boolean);
  return parts.length
    ? `Interview: ${parts.join(' ')} A short interview gives less evidence; say so rather than guess.`
    : 'Interview: duration not given.';
}

export function buildReportPrompt(req: ReportRequest): ModelPrompt {
  const { topic, level, jobDescription, cvText } = req.interview;
  const blocks = [
    'Write the feedback report for this mock interview.',
    sessionLine(req),
    fenceData('TOPIC', topic),
    fenceData('LEVEL', level),
    jobDescription?.trim() ? fenceData('JOB DESCRIPTION', jobDescription) : 'Job description: none given.',
    cvText?.trim() ? fenceData('CV', cvText) : 'CV: none given.',
    fenceData('TRANSCRIPT', transcriptLines(req)),
  ];
  return { systemInstruction: SYSTEM_INSTRUCTION, userText: blocks.join('\n\n') };
}

/** The overall score always follows the written rule, whatever number the model wrote. */
function finishReport(report: Report): Report {
  return { ...report, overallScore: deriveOverallScore(report.rubric) };
}

export const reportTask = defineJsonTask<ReportRequest, Report>({
  schema: reportSchema,
  prompt: buildReportPrompt,
  finish: finishReport,
});
