import { createEffect, type JSX, type ParentComponent } from 'solid-js';
import './confirm-dialog.css';

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  /** "Cancel" unless the page words it for its action ("Keep going", "Not yet"). */
  cancelLabel?: string;
  /** 'danger' for what cannot be undone (the default), 'go' for a start. */
  tone?: 'danger' | 'go';
  /** Busy while the confirmed action runs; both buttons wait. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

let dialogs = 0;

/**
 * The app's one confirmation, on the browser's own modal <dialog>: it traps focus, hides the
 * page behind from assistive technology, closes with Escape and returns focus to the button
 * that opened it. The children describe the action (aria-describedby). Cancel is focused first,
 * so pressing Enter by habit does not go ahead.
 */
export const ConfirmDialog: ParentComponent<Props> = (props) => {
  let dialog: HTMLDialogElement | undefined;
  let cancelButton: HTMLButtonElement | undefined;
  const id = `confirm-${++dialogs}`;
  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      cancelButton?.focus();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  });
  const onCancelEvent: JSX.EventHandler<HTMLDialogElement, Event> = (event) => {
    event.preventDefault();
    if (!props.busy) props.onCancel();
  };
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      onCancel={onCancelEvent}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-desc`}>{props.children}</div>
      <div class="confirm-actions">
        <button
          ref={cancelButton}
          type="button"
          class="confirm-button"
          disabled={props.busy}
          onClick={() => props.onCancel()}
        >
          {props.cancelLabel ?? 'Cancel'}
        </button>
        <button
          type="button"
          class={`confirm-button confirm-${props.tone ?? 'danger'}`}
          disabled={props.busy}
          onClick={() => props.onConfirm()}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
};
