// The "How you spoke" figures as Markdown, for the transcript download: the same figures and
// reasons the report page shows (speaking-view.ts), so a file never says more than the page.
import type { Turn } from '../../lib/interview';
import { computeSpeakingStats } from '../../lib/speaking-stats';
import { markdownText } from '../../lib/transcript-export';
import { statFigures } from './speaking-view';

export function speakingMarkdown(turns: readonly Turn[], languageCode: string): string {
  const stats = computeSpeakingStats(turns, languageCode);
  if (stats.answers.length === 0) return '';
  const lines = statFigures(stats).map(
    (figure) => `- ${figure.label}: ${markdownText(figure.value)} (${markdownText(figure.detail)})`,
  );
  return [
    '## How you spoke',
    '',
    'Times from when your voice was heard, words from the transcript.',
    '',
    ...lines,
    '',
  ].join('\n');
}
