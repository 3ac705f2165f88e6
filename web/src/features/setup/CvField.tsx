import { Show, createSignal, type Component } from 'solid-js';
import { countWords, CV_MAX_CHARS } from '../../lib/text-cleanup';
import type { createCvReading } from './create-cv-reading';
import { FieldError, describedBy } from './FieldError';

export const CV_FILE_ID = 'setup-cv-file';
export const CV_TEXT_ID = 'setup-cv-text';

const ACCEPT = '.pdf,.txt,.md,.markdown,application/pdf,text/plain,text/markdown';

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

export const CvField: Component<{
  cv: ReturnType<typeof createCvReading>;
  text: string;
  error: string | undefined;
  onText: (value: string) => void;
}> = (props) => {
  const [dragging, setDragging] = createSignal(false);
  const source = () => props.cv.source();
  const editing = () => source().kind === 'file' || source().kind === 'typed' || props.text !== '';
  const counts = () => {
    const s = source();
    const words = plural(countWords(props.text), 'word');
    return s.kind === 'file' && s.pageCount !== undefined ? `${plural(s.pageCount, 'page')} · ${words}` : words;
  };
  const status = () => {
    const s = source();
    if (s.kind === 'reading') return `Reading “${s.fileName}”…`;
    if (s.kind === 'file') return `Read “${s.fileName}”. Check the text below and edit anything you like.${s.truncated ? ` It was shortened to ${CV_MAX_CHARS.toLocaleString('en-US')} characters to keep the interviewer quick.` : ''}`;
    return '';
  };

  return (
    <div class="field">
      <label class="field-label" for={CV_FILE_ID}>
        CV
      </label>
      <p id="setup-cv-hint" class="hint">
        PDF, TXT or Markdown, up to 10 MB. It is read on this device; nothing is uploaded.
      </p>
      <div class="dropzone" classList={{ dragging: dragging(), busy: source().kind === 'reading' }} onDragEnter={() => setDragging(true)} onDragLeave={() => setDragging(false)} onDrop={() => setDragging(false)}>
        {/* The real file input covers the zone, so a click or a drop anywhere on it works natively. */}
        <input
          id={CV_FILE_ID}
          type="file"
          accept={ACCEPT}
          aria-describedby={describedBy('setup-cv-hint', 'setup-cv-problem', props.cv.problem())}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) props.cv.readFile(file);
            e.currentTarget.value = '';
          }}
        />
        <span class="dropzone-face" aria-hidden="true">
          <span class="button button-secondary">Choose a file</span>
          <span>or drop it here</span>
        </span>
      </div>
      <p class="cv-status" classList={{ done: source().kind === 'file' }} role="status">
        {status()}
      </p>
      <FieldError id="setup-cv-problem" message={props.cv.problem()} />
      <Show
        when={editing()}
        fallback={
          <button type="button" class="link-button" onClick={() => props.cv.typeInstead()}>
            Paste the text instead
          </button>
        }
      >
        <label class="field-label sub-label" for={CV_TEXT_ID}>
          CV text
        </label>
        <textarea
          id={CV_TEXT_ID}
          rows={10}
          value={props.text}
          onInput={(e) => props.onText(e.currentTarget.value)}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy('setup-cv-counts', 'setup-cv-text-error', props.error)}
        />
        <div class="cv-footer">
          <p id="setup-cv-counts" class="counter">
            {counts()}
          </p>
          <button type="button" class="link-button" onClick={() => props.cv.remove()}>
            Remove CV
          </button>
        </div>
        <FieldError id="setup-cv-text-error" message={props.error} />
      </Show>
    </div>
  );
};
