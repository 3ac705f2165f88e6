// The pack's answer material as Markdown lines, in the page's order (AnswerMaterial.tsx).
import type { KeptPrepContent } from '../../../../contracts/prep-schema.ts';

type Inline = (text: string) => string;

function outlineLines(c: KeptPrepContent, inline: Inline): string[] {
  const o = c.introOutline;
  if (!o) return [];
  return [
    '## "Tell me about yourself": an outline',
    '',
    inline(o.opening),
    '',
    ...o.points.map((p, i) => `${i + 1}. ${inline(p)}`),
    '',
    inline(o.close),
    '',
  ];
}

function storyLines(c: KeptPrepContent, inline: Inline): string[] {
  const stories = c.stories ?? [];
  if (stories.length === 0) return [];
  const lines = [
    '## Your stories (STAR)',
    '',
    'Words in [brackets] are facts only you know: fill them in before the interview.',
    '',
  ];
  for (const s of stories) {
    lines.push(`### ${inline(s.title)}`, '');
    if (s.cvEpisode.trim()) lines.push(`- From your CV: ${inline(s.cvEpisode)}`);
    lines.push(
      `- **Situation:** ${inline(s.situation)}`,
      `- **Task:** ${inline(s.task)}`,
      `- **Action:** ${inline(s.action)}`,
      `- **Result:** ${inline(s.result)}`,
    );
    if (s.fitsQuestions.length) lines.push(`- Answers: ${s.fitsQuestions.map(inline).join('; ')}`);
    lines.push('');
  }
  return lines;
}

function pairLines(title: string, pairs: [string, string][], inline: Inline): string[] {
  if (pairs.length === 0) return [];
  return [`## ${title}`, '', ...pairs.map(([a, b]) => `- **${inline(a)}** — ${inline(b)}`), ''];
}

export function answerMaterialMarkdown(c: KeptPrepContent, inline: Inline): string[] {
  return [
    ...outlineLines(c, inline),
    ...storyLines(c, inline),
    ...pairLines(
      'Concepts to revise',
      (c.concepts ?? []).map((x) => [x.concept, x.why]),
      inline,
    ),
    ...pairLines(
      'What would you do if…',
      (c.situational ?? []).map((x) => [x.question, x.approach]),
      inline,
    ),
  ];
}
