import { Show, type Component, type JSX } from 'solid-js';

interface Props {
  id: string;
  label: string;
  hint?: JSX.Element;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'password';
  placeholder?: string;
  autocomplete?: string;
  /** Something beside the input, e.g. a Show/Hide button. */
  after?: JSX.Element;
}

/** A labelled input with its hint and error tied to it for screen readers. */
export const TextField: Component<Props> = (props) => {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class="field">
      <label for={props.id} class="field-label">
        {props.label}
      </label>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      </Show>
      <div class="input-row">
        <input
          id={props.id}
          type={props.type ?? 'text'}
          value={props.value}
          placeholder={props.placeholder}
          autocomplete={props.autocomplete ?? 'off'}
          spellcheck={false}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy()}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
        {props.after}
      </div>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      </Show>
    </div>
  );
};
