import type { Component } from 'solid-js';
import { FieldError, describedBy } from './FieldError';

export const JOB_TITLE_ID = 'setup-job-title';
export const JOB_TEXT_ID = 'setup-job-text';

export const JobField: Component<{
  title: string;
  text: string;
  errors: { jobTitle?: string; jobText?: string };
  onTitle: (value: string) => void;
  onText: (value: string) => void;
}> = (props) => (
  <div class="field-pair">
    <div class="field">
      <label class="field-label" for={JOB_TITLE_ID}>
        Job title
      </label>
      <input
        id={JOB_TITLE_ID}
        type="text"
        autocomplete="off"
        placeholder="e.g. Senior backend engineer at Lumen Pay"
        value={props.title}
        onInput={(e) => props.onTitle(e.currentTarget.value)}
        aria-invalid={props.errors.jobTitle ? 'true' : undefined}
        aria-describedby={describedBy(undefined, 'setup-job-title-error', props.errors.jobTitle)}
      />
      <FieldError id="setup-job-title-error" message={props.errors.jobTitle} />
    </div>
    <div class="field">
      <label class="field-label" for={JOB_TEXT_ID}>
        Job description
      </label>
      <p id="setup-job-text-hint" class="hint">
        Paste the advert; the interviewer will ask about what the role needs.
      </p>
      <textarea
        id={JOB_TEXT_ID}
        rows={3}
        value={props.text}
        onInput={(e) => props.onText(e.currentTarget.value)}
        aria-invalid={props.errors.jobText ? 'true' : undefined}
        aria-describedby={describedBy('setup-job-text-hint', 'setup-job-text-error', props.errors.jobText)}
      />
      <FieldError id="setup-job-text-error" message={props.errors.jobText} />
    </div>
  </div>
);
