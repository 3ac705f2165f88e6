// The browser's PDF engine: pdf.js and its worker are fetched only when the first PDF is chosen
// (dynamic imports keep them out of the page's first download), and parsing runs in a Web
// Worker so a large or hostile file cannot freeze the page. The worker stays warm between files.
import { readPdfWith } from './pdf-pages';
import type { PdfTextSource } from './types';

interface Engine {
  pdfjs: typeof import('pdfjs-dist');
  worker: Worker;
}

async function startEngine(): Promise<Engine> {
  const [pdfjs, workerModule] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?worker'),
  ]);
  const worker = new workerModule.default({ name: 'pdf-reader' });
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  return { pdfjs, worker };
}

export function createPdfJsSource(): PdfTextSource {
  let engine: Promise<Engine> | undefined;
  return {
    async readPages(bytes, signal) {
      engine ??= startEngine();
      const { pdfjs } = await engine;
      return readPdfWith(pdfjs.getDocument, bytes, signal);
    },
    reset() {
      const stuck = engine;
      engine = undefined;
      // A worker stuck in a parse never answers pdf.js's own shutdown message: end it outright.
      void stuck?.then(
        (e) => e.worker.terminate(),
        () => undefined,
      );
    },
  };
}
