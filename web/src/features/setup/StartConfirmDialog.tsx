import type { Component } from 'solid-js';

/**
 * Enter in a text field submits the form; Start opens the microphone and a paid live session,
 * so an Enter asks first. The native modal <dialog> traps focus and cancels on Escape.
 */
export const StartConfirmDialog: Component<{ ref: (dialog: HTMLDialogElement) => void; onConfirm: () => void }> = (props) => {
  let dialog: HTMLDialogElement | undefined;
  return (
    <dialog
      ref={(d) => {
        dialog = d;
        props.ref(d);
      }}
      class="confirm start-confirm"
      aria-labelledby="start-confirm-title"
      aria-describedby="start-confirm-desc"
      onClose={() => dialog?.returnValue === 'start' && props.onConfirm()}
    >
      <form method="dialog">
        <h2 id="start-confirm-title">Start the interview now?</h2>
        <p id="start-confirm-desc">Starting opens your microphone and a live session with the interviewer.</p>
        <div class="dialog-actions">
          <button type="submit" value="keep" class="button button-secondary" autofocus>
            Not yet
          </button>
          <button type="submit" value="start" class="button button-primary">
            Start interview
          </button>
        </div>
      </form>
    </dialog>
  );
};
