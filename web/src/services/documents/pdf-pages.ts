// Collects every page's positioned text from an open pdf.js document. Typed structurally so the
// browser build and the Node (legacy) build of pdf.js both fit.
import { toTextRuns, type PageText } from './text-runs';

export interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: readonly unknown[] }>;
  cleanup(): unknown;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

function abortError(): DOMException {
  return new DOMException('Reading the PDF was cancelled.', 'AbortError');
}

export async function readPdfPages(doc: PdfDocumentLike, signal?: AbortSignal): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    if (signal?.aborted) throw abortError();
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    // Text positions are in the page's user space, whose box need not start at 0: measured from
    // the box's corner, a line's height on the page is what the margin rule expects.
    const runs = toTextRuns(content.items).map((run) => ({ ...run, x: run.x - x0, y: run.y - y0 }));
    pages.push({ width: x1 - x0, height: y1 - y0, runs });
    page.cleanup();
  }
  return pages;
}

export interface PdfLoadingTaskLike {
  promise: Promise<PdfDocumentLike>;
  destroy(): Promise<void>;
}

/** The part of pdf.js's `getDocument` we use; options are the ones that matter for text only. */
export type GetPdfDocument = (source: {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  verbosity: number;
  standardFontDataUrl?: string;
}) => PdfLoadingTaskLike;

/** Opens the bytes with pdf.js, reads every page, and always releases the document. */
export async function readPdfWith(
  getDocument: GetPdfDocument,
  bytes: Uint8Array,
  signal: AbortSignal,
  standardFontDataUrl?: string,
): Promise<PageText[]> {
  // verbosity 0 = errors only: pdf.js warns about every missing standard font file otherwise.
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    standardFontDataUrl,
  });
  const stop = () => void task.destroy();
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await readPdfPages(await task.promise, signal);
  } finally {
    signal.removeEventListener('abort', stop);
    await task.destroy();
  }
}
