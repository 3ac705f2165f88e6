import { createEffect, type JSX, type ParentComponent } from 'solid-js';

interface Props {
  open: boolean;
  title: string;
  confirmLabel: string;
  /** Busy while the confirmed action runs; both buttons wait. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A confirmation for actions that cannot be undone, on the browser's own modal <dialog>: it
 * traps focus, closes with Escape and returns focus to the button that opened it. Cancel is
 * focused first, so pressing Enter by habit does not destroy anything.
 */
export const ConfirmDialog: ParentComponent<Props> = (props) => {
  let dialog: HTMLDialogElement | undefined;
  let cancelButton: HTMLButtonElement | undefined;
  const titleId = `confirm-${Math.random().toString(36).slice(2)}`;
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
    <dialog ref={dialog} class="confirm" aria-labelledby={titleId} onCancel={onCancelEvent}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div class="dialog-actions">
        <button ref={cancelButton} type="button" class="button button-secondary" disabled={props.busy} onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="button" class="button button-danger-solid" disabled={props.busy} onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
};
