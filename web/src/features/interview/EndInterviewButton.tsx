import { createSignal, type Component } from 'solid-js';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** End interview, with the app's one confirmation dialog (ui/ConfirmDialog.tsx). */
export const EndInterviewButton: Component<{ disabled: boolean; onConfirm: () => void }> = (props) => {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button type="button" class="button danger" disabled={props.disabled} onClick={() => setOpen(true)}>
        End interview
      </button>
      <ConfirmDialog
        open={open()}
        title="End the interview now?"
        confirmLabel="End interview"
        cancelLabel="Keep going"
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          props.onConfirm();
        }}
      >
        <p>The interviewer stops here and you go to your report. Everything said so far is kept.</p>
      </ConfirmDialog>
    </>
  );
};
