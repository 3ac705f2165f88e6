import { createEffect, For, Show, type Component } from 'solid-js';
import { useServices } from '../../app/services';
import type { InterviewSetup } from '../../lib/interview';
import { MicCheck } from '../../ui/MicCheck';
import { reviewSummary } from './review-summary';
import '../../ui/form-fields.css';
import '../../ui/setup-form.css';

export interface PendingStart {
  setup: InterviewSetup;
  kind: 'again' | 'drill';
}

/**
 * A look before the microphone opens: what will be asked, and the mic check. The browser's own
 * modal <dialog> traps focus and closes with Escape; nothing starts until "Start interview".
 */
export const ReviewBeforeStart: Component<{
  pending: PendingStart | undefined;
  onStart: (setup: InterviewSetup) => void;
  onCancel: () => void;
}> = (props) => {
  const { preferences } = useServices();
  let dialog: HTMLDialogElement | undefined;
  let startButton: HTMLButtonElement | undefined;
  createEffect(() => {
    if (!dialog) return;
    if (props.pending && !dialog.open) {
      dialog.showModal();
      startButton?.focus();
    } else if (!props.pending && dialog.open) dialog.close();
  });
  const summary = () => (props.pending ? reviewSummary(props.pending.setup, props.pending.kind) : undefined);
  return (
    <dialog
      ref={dialog}
      class="confirm review-dialog"
      aria-labelledby="review-title"
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <Show when={summary()}>
        {(s) => (
          <div class="setup form-fields review-body">
            <h2 id="review-title">Before you start</h2>
            <p>{s().headline}</p>
            <Show when={s().questions.length > 0}>
              <ol class="review-questions">
                <For each={s().questions}>{(q) => <li>{q}</li>}</For>
              </ol>
            </Show>
            <p class="hint">{s().context} Your microphone opens only when you press Start interview.</p>
            <h3>Microphone check</h3>
            <MicCheck
              deviceId={preferences.load().micDeviceId}
              onDeviceChosen={(id) => preferences.save({ ...preferences.load(), micDeviceId: id })}
            />
          </div>
        )}
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button button-secondary" onClick={() => props.onCancel()}>
          Not now
        </button>
        <button
          ref={startButton}
          type="button"
          class="button button-primary"
          onClick={() => props.pending && props.onStart(props.pending.setup)}
        >
          Start interview
        </button>
      </div>
    </dialog>
  );
};
