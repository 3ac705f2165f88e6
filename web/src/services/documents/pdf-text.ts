// The whole PDF text extraction as a pure function of pdf.js's positioned text: reading order,
// paragraphs, no repeated headers or footers, clean characters and whitespace.
import { cleanDocumentText } from '../../lib/text-cleanup';
import { removeRepeatedMargins } from './margins';
import { buildLines } from './page-lines';
import { blockToText } from './paragraphs';
import { orderIntoBlocks } from './reading-order';
import type { PageText } from './text-runs';

export function extractPdfText(pages: readonly PageText[]): string {
  const linesPerPage = removeRepeatedMargins(
    pages.map((page) => ({ height: page.height, lines: buildLines(page.runs) })),
  );
  const pageTexts = linesPerPage.map((lines) =>
    orderIntoBlocks(lines.flatMap((line) => line.segments))
      .map(blockToText)
      .filter((text) => text.trim())
      .join('\n\n'),
  );
  return cleanDocumentText(pageTexts.filter((text) => text.trim()).join('\n\n'));
}
