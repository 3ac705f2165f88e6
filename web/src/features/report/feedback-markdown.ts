// The per-question feedback as Markdown, appended to the transcript download so the file carries
// what the report page shows: the question, the candidate's own answer, what worked, what was
// missing, and the example answer labelled as one.
import type { Turn } from '../../lib/interview';
import { markdownText } from '../../lib/transcript-export';
import { questionViews, type PerQuestionFeedback } from './question-answers';

const quoted = (text: string) => `> ${markdownText(text)}`;

export function feedbackMarkdown(perQuestion: readonly PerQuestionFeedback[], turns: readonly Turn[]): string {
  const views = questionViews(perQuestion, turns);
  if (views.length === 0) return '';
  const sections = views.map(({ note, answers }, i) => {
    const lines = [
      `### ${i + 1}. ${markdownText(note.question)}`,
      '',
      `Score: ${note.score === null ? 'not enough evidence' : `${note.score}/5`}`,
      '',
    ];
    if (answers.length > 0) lines.push('Your answer:', '', ...answers.map((t) => quoted(t.text)), '');
    if (note.legacyNote) lines.push(markdownText(note.legacyNote), '');
    if (note.whatWorked) lines.push(`What worked: ${markdownText(note.whatWorked)}`, '');
    if (note.whatWasMissing) lines.push(`What was missing: ${markdownText(note.whatWasMissing)}`, '');
    if (note.exampleAnswer)
      lines.push(
        'Example of a stronger answer (an example, built from your own words; [brackets] are facts to fill in):',
        '',
        quoted(note.exampleAnswer),
        '',
      );
    return lines.join('\n');
  });
  return ['## Question by question', '', ...sections].join('\n');
}
