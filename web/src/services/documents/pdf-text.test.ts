import { describe, expect, it } from 'vitest';
import {
  DENSE_LOG,
  MULTI_PAGE_DOC,
  SINGLE_COLUMN_CV,
  TWO_COLUMN_CV,
  denseLog,
  longDocument,
  multiPageCv,
  singleColumnCv,
  twoColumnCv,
} from '../../../../e2e/fixtures/pdf/cv-documents';
import { TYPESET_CV, typesetCv } from '../../../../e2e/fixtures/pdf/typeset-cv';
import { extractPdfText } from './pdf-text';
import { createNodePdfSource } from './testing/node-pdf-source';

async function textOf(bytes: Uint8Array): Promise<string> {
  const pages = await createNodePdfSource().readPages(bytes, new AbortController().signal);
  return extractPdfText(pages);
}

function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" should come after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

describe('extractPdfText on generated PDFs', () => {
  it('reads a single-column CV in order, with each wrapped paragraph on one line', async () => {
    const cv = SINGLE_COLUMN_CV;
    const text = await textOf(await singleColumnCv());
    expectInOrder(text, [
      cv.name,
      cv.headline,
      'Summary',
      cv.summary,
      'Experience',
      `${cv.job} ${cv.dates}`,
      ...cv.bullets,
      'Education',
      cv.education,
    ]);
  });

  it('keeps bullet points on their own lines and headings in their own paragraphs', async () => {
    const text = await textOf(await singleColumnCv());
    expect(text).toContain(`${SINGLE_COLUMN_CV.bullets[0]}\n${SINGLE_COLUMN_CV.bullets[1]}`);
    expect(text).toContain('\n\nExperience\n\n');
  });

  it('reads a two-column CV column by column, even when the columns share baselines', async () => {
    const cv = TWO_COLUMN_CV;
    const text = await textOf(await twoColumnCv());
    expectInOrder(text, [
      cv.name,
      cv.headline,
      ...cv.sidebar,
      'Profile',
      cv.profile,
      'Experience',
      cv.experience,
      cv.footer,
    ]);
  });

  it('keeps a sidebar list one item per line instead of running it together', async () => {
    const text = await textOf(await twoColumnCv());
    expect(text).toContain('Python\nApache Spark\nSQL and dbt');
  });

  it('drops the page-numbered footer and keeps the running header only once', async () => {
    const text = await textOf(await multiPageCv(3));
    expect(text).not.toMatch(/Page \d of 3/);
    expect(text.split(MULTI_PAGE_DOC.header)).toHaveLength(2);
    expectInOrder(text, [
      MULTI_PAGE_DOC.header,
      MULTI_PAGE_DOC.pageBody(1),
      MULTI_PAGE_DOC.pageBody(2),
      MULTI_PAGE_DOC.pageBody(3),
    ]);
  });

  it('rejoins a word hyphenated across a line break', async () => {
    const text = await textOf(await multiPageCv(3));
    expect(text).toContain(MULTI_PAGE_DOC.hyphenatedJoined);
  });

  it('reads unicode names, ligature glyphs and word-by-word typesetting as plain text', async () => {
    const cv = TYPESET_CV;
    const text = await textOf(await typesetCv());
    expectInOrder(text, [cv.name, cv.headline, cv.ligatureLinePlain, cv.hyphenatedPlain, cv.kernedLine]);
    expect(text).not.toMatch(/[\uFB00-\uFB06]/);
  });

  it('drops bare page numbers and running titles from a 20-page document', async () => {
    const text = await textOf(await longDocument(20));
    expect(text.match(/Annual programme review/g)).toHaveLength(1);
    expect(text).not.toMatch(/^\d+$/m);
    expectInOrder(
      text,
      Array.from({ length: 20 }, (_, i) => `Chapter ${i + 1}`),
    );
  });

  it('keeps body lines that repeat on every page with only their numbers changed, even inside the margin band', async () => {
    const pages = 4;
    const text = await textOf(await denseLog(pages));
    const weeks = Array.from({ length: pages * DENSE_LOG.linesPerPage }, (_, i) => DENSE_LOG.line(i + 1));
    for (const line of weeks) expect(text).toContain(line);
    expectInOrder(text, weeks);
    expect(text).not.toMatch(/Page \d of 4/);
    expect(text.split(DENSE_LOG.header)).toHaveLength(2);
  });
});
