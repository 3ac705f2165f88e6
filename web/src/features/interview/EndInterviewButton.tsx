import type { Component } from 'solid-js';

/**
 * End interview, with a confirmation. The native modal <dialog> gives focus trapping, Escape to
 * cancel and a backdrop that hides the room from assistive technology while it is open.
 */
export const EndInterviewButton: Component<{ disabled: boolean; onConfirm: () => void }> = (props) => {
  let dialog: HTMLDialogElement | undefined;
  return (
    <>
      <button type="button" class="button danger" disabled={props.disabled} onClick={() => dialog?.showModal()}>
        End interview
      </button>
      <dialog ref={dialog} class="confirm" aria-labelledby="end-title" aria-describedby="end-desc" onClose={() => dialog?.returnValue === 'end' && props.onConfirm()}>
        <form method="dialog">
          <h2 id="end-title">End the interview now?</h2>
          <p id="end-desc">The interviewer stops here and you go to your report. Everything said so far is kept.</p>
          <div class="dialog-actions">
            <button type="submit" value="keep" class="button" autofocus>
              Keep going
            </button>
            <button type="submit" value="end" class="button danger">
              End interview
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
};
