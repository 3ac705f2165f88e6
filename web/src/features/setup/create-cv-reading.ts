// The CV part of the form in Solid: where the text came from, and the last problem, if any.
// A failed file never clears text that is already there.
import { createSignal, onCleanup } from 'solid-js';
import { DocumentError, type DocumentReader } from '../../services/documents/types';

export type CvSource =
  | { kind: 'none' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'file'; fileName: string; pageCount?: number; truncated: boolean }
  | { kind: 'typed' };

/** Entries in the browser's performance timeline, read by the extraction benchmark. */
export const CV_READ_MARK = 'mockingbird:cv-read-start';
export const CV_READ_MEASURE = 'mockingbird:cv-extraction';

const UNEXPECTED = 'The file could not be read because of an unexpected error. Try again, or paste the text instead.';

export function createCvReading(reader: DocumentReader, text: () => string, setText: (text: string) => void) {
  const [source, setSource] = createSignal<CvSource>({ kind: 'none' });
  const [problem, setProblem] = createSignal<string>();
  let current: AbortController | undefined;

  async function readFile(file: File): Promise<void> {
    current?.abort();
    const controller = (current = new AbortController());
    const before = source();
    const fallback: CvSource = before.kind !== 'reading' ? before : text() ? { kind: 'typed' } : { kind: 'none' };
    setProblem(undefined);
    setSource({ kind: 'reading', fileName: file.name });
    performance.mark(CV_READ_MARK);
    try {
      const doc = await reader.read(file, controller.signal);
      if (controller.signal.aborted) return;
      setText(doc.text);
      setSource({ kind: 'file', fileName: file.name, pageCount: doc.pageCount, truncated: doc.truncated });
      performance.clearMeasures(CV_READ_MEASURE);
      performance.measure(CV_READ_MEASURE, CV_READ_MARK);
    } catch (error) {
      if (controller.signal.aborted) return;
      setSource(fallback);
      setProblem(error instanceof DocumentError ? error.message : UNEXPECTED);
    }
  }

  function typeInstead(): void {
    setProblem(undefined);
    if (source().kind === 'none') setSource({ kind: 'typed' });
  }

  function remove(): void {
    current?.abort();
    setText('');
    setProblem(undefined);
    setSource({ kind: 'none' });
  }

  onCleanup(() => current?.abort());

  return { source, problem, readFile: (file: File) => void readFile(file), typeInstead, remove };
}
