import type { Component } from 'solid-js';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/**
 * Enter in a text field submits the form; Start opens the microphone and a paid live session,
 * so an Enter asks first (the app's one confirmation dialog, ui/ConfirmDialog.tsx).
 */
export const StartConfirmDialog: Component<{ open: boolean; onCancel: () => void; onConfirm: () => void }> = (
  props,
) => (
  <ConfirmDialog
    open={props.open}
    title="Start the interview now?"
    confirmLabel="Start interview"
    cancelLabel="Not yet"
    tone="go"
    onCancel={() => props.onCancel()}
    onConfirm={() => props.onConfirm()}
  >
    <p>Starting opens your microphone and a live session with the interviewer.</p>
  </ConfirmDialog>
);
