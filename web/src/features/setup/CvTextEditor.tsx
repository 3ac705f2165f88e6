import type { Component } from 'solid-js';
import { countWords } from '../../lib/text-cleanup';
import type { CvSource } from './create-cv-reading';
import { FieldError, describedBy } from './FieldError';

export const CV_TEXT_ID = 'setup-cv-text';

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** The CV text the interviewer will read, editable, with its page and word count. */
export const CvTextEditor: Component<{
  source: CvSource;
  text: string;
  error: string | undefined;
  onText: (value: string) => void;
  onRemove: () => void;
}> = (props) => {
  const counts = () => {
    const words = plural(countWords(props.text), 'word');
    return props.source.kind === 'file' && props.source.pageCount !== undefined
      ? `${plural(props.source.pageCount, 'page')} · ${words}`
      : words;
  };
  return (
    <>
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
        <button type="button" class="link-button" onClick={() => props.onRemove()}>
          Remove CV
        </button>
      </div>
      <FieldError id="setup-cv-text-error" message={props.error} />
    </>
  );
};
