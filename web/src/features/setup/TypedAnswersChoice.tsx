import type { Component } from 'solid-js';

/** For people without a microphone, or who would rather not use one: answers are typed. */
export const TypedAnswersChoice: Component<{ checked: boolean; onChange: (checked: boolean) => void }> = (props) => (
  <div class="field checkbox-field">
    <input
      id="setup-typed"
      type="checkbox"
      checked={props.checked}
      onChange={(e) => props.onChange(e.currentTarget.checked)}
      aria-describedby="setup-typed-hint"
    />
    <label class="field-label" for="setup-typed">
      Type my answers instead (no microphone)
    </label>
    <p id="setup-typed-hint" class="hint">
      The interviewer still speaks aloud; you answer in a text box and the microphone is never turned on.
    </p>
  </div>
);
