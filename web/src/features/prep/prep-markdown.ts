import { groupQuestions } from './prep-groups';
import { answerMaterialMarkdown } from './prep-markdown-answers';
import type { PrepPack } from '../../services/storage/prep-pack';
import { formatDateTime, topicSlug } from '../../lib/transcript-export';

// The preparation pack as a Markdown file the candidate keeps: the same sections and numbering
// as the page, readable as plain text and in any Markdown viewer.

/** One line of text with the characters Markdown would act on escaped. */
function inline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|]/g, (char) => `\\${char}`);
}

function header(pack: PrepPack, createdAt: number, timeZone?: string): string[] {
  const { setup } = pack;
  const job = setup.jobDescription?.title.trim();
  return [
    `# Preparation pack: ${inline(setup.topic)}`,
    '',
    `- Level: ${setup.level}`,
    ...(job ? [`- Job: ${inline(job)}`] : []),
    `- Made: ${formatDateTime(createdAt, timeZone)}`,
    `- Made from: ${madeFrom(pack)}`,
    '',
    ...(pack.content.focus.trim() ? [`> ${inline(pack.content.focus)}`, ''] : []),
  ];
}

/** Which inputs the pack is based on, in words. */
export function madeFrom(pack: PrepPack): string {
  const parts = ['the topic'];
  if (pack.setup.cvText?.trim()) parts.push('your CV');
  if (pack.setup.jobDescription?.text.trim() || pack.setup.jobDescription?.title.trim())
    parts.push('the job description');
  return parts.length === 1 ? 'the topic only' : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function questionLines(pack: PrepPack): string[] {
  const lines = ['## Likely questions', ''];
  for (const group of groupQuestions(pack.content)) {
    lines.push(`### ${group.title}`, '');
    for (const q of group.questions) {
      lines.push(`${q.n}. **${inline(q.question)}**`);
      if (q.whyLikely.trim()) lines.push(`   - Why it is likely: ${inline(q.whyLikely)}`);
      const facts = q.cvFacts.map(inline).filter(Boolean);
      if (facts.length) lines.push(`   - From your CV: ${facts.join('; ')}`);
    }
    lines.push('');
  }
  return lines;
}

function listSection(title: string, items: string[], ordered = false): string[] {
  const kept = items.filter((item) => item.trim());
  if (kept.length === 0) return [];
  return [`## ${title}`, '', ...kept.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`), ''];
}

export function prepToMarkdown(pack: PrepPack, createdAt: number, timeZone?: string): string {
  const { content } = pack;
  return [
    ...header(pack, createdAt, timeZone),
    ...questionLines(pack),
    ...answerMaterialMarkdown(content, inline),
    ...listSection(
      'Strengths to highlight',
      content.strengths.map((s) => `**${inline(s.strength)}** — ${inline(s.howToShow)}`),
    ),
    ...listSection(
      'Gaps to prepare for',
      content.gaps.map((g) => `**${inline(g.gap)}** — Angle: ${inline(g.angle)}`),
    ),
    ...listSection('Questions to ask the interviewer', content.questionsToAsk.map(inline), true),
    ...listSection('What would sharpen this pack', content.sharpenWith.map(inline)),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}

export function prepFileName(pack: PrepPack, createdAt: number, timeZone?: string): string {
  return `mockingbird-prep-${topicSlug(pack.setup.topic)}-${formatDateTime(createdAt, timeZone).slice(0, 10)}.md`;
}
