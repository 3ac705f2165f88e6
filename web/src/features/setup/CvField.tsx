import { Show, createSignal, type Component } from 'solid-js';
import { CV_MAX_CHARS } from '../../lib/text-cleanup';
import { CvTextEditor } from './CvTextEditor';
import type { CvSource, createCvReading } from './create-cv-reading';
import { FieldError, describedBy } from './FieldError';

export const CV_FILE_ID = 'setup-cv-file';

const ACCEPT = '.pdf,.txt,.md,.markdown,application/pdf,text/plain,text/markdown';

function statusText(source: CvSource): string {
  if (source.kind === 'reading') return `Reading “${source.fileName}”…`;
  if (source.kind !== 'file') return '';
  const cut = source.truncated
    ? ` It was shortened to ${CV_MAX_CHARS.toLocaleString('en-US')} characters to keep the interviewer quick.`
    : '';
  return `Read “${source.fileName}”. Check the text below and edit anything you like.${cut}`;
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
  return (
    <div class="field">
      <label class="field-label" for={CV_FILE_ID}>
        CV
      </label>
      <p id="setup-cv-hint" class="hint">
        PDF, TXT or Markdown, up to 10 MB. It is read on this device; nothing is uploaded.
      </p>
      <div
        class="dropzone"
        classList={{ dragging: dragging(), busy: source().kind === 'reading' }}
        onDragEnter={() => setDragging(true)}
        onDragLeave={() => setDragging(false)}
        onDrop={() => setDragging(false)}
      >
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
        {statusText(source())}
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
        <CvTextEditor
          source={source()}
          text={props.text}
          error={props.error}
          onText={props.onText}
          onRemove={() => props.cv.remove()}
        />
      </Show>
    </div>
  );
};
