import { Show, type Component } from 'solid-js';

/** An inline error under a field; the field points at it with aria-describedby. */
export const FieldError: Component<{ id: string; message: string | undefined }> = (props) => (
  <Show when={props.message}>
    <p id={props.id} class="field-error">
      {props.message}
    </p>
  </Show>
);

/** The ids a field is described by, leaving out the error id while there is no error. */
export function describedBy(
  hintId: string | undefined,
  errorId: string,
  error: string | undefined,
): string | undefined {
  return [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
}
