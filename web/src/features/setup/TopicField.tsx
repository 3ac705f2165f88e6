import type { Component } from 'solid-js';
import { TOPIC_MAX_CHARS } from './setup-form';
import { FieldError, describedBy } from './FieldError';

export const TOPIC_INPUT_ID = 'setup-topic';

export const TopicField: Component<{ value: string; error: string | undefined; onInput: (value: string) => void }> = (
  props,
) => (
  <div class="field">
    <label class="field-label" for={TOPIC_INPUT_ID}>
      Topic
    </label>
    <p id="setup-topic-hint" class="hint">
      Any skill, role or subject, in your own words.
    </p>
    <input
      id={TOPIC_INPUT_ID}
      type="text"
      autocomplete="off"
      aria-required="true"
      placeholder="e.g. Python backend, Digital marketing for startups, Leadership"
      value={props.value}
      onInput={(e) => props.onInput(e.currentTarget.value)}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy('setup-topic-hint', 'setup-topic-error', props.error)}
    />
    <p class="counter" classList={{ over: props.value.trim().length > TOPIC_MAX_CHARS }} aria-hidden="true">
      {props.value.trim().length}/{TOPIC_MAX_CHARS}
    </p>
    <FieldError id="setup-topic-error" message={props.error} />
  </div>
);
