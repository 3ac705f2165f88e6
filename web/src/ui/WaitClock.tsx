import { Show, type Component } from 'solid-js';
import { createElapsed, formatElapsed, WAIT_SHOWN_AFTER_MS } from './elapsed';
import './wait.css';

/**
 * Elapsed time and (unless the caller has its own) a way out for a wait, once it has lasted WAIT_SHOWN_AFTER_MS. The time is a
 * `timer` (not announced every second); the button stays outside any live region.
 */
export const WaitClock: Component<{ active: boolean; cancelLabel?: string; onCancel?: () => void }> = (props) => {
  const elapsed = createElapsed(() => props.active);
  return (
    <Show when={props.active && elapsed() >= WAIT_SHOWN_AFTER_MS}>
      <span class="wait-clock">
        <span role="timer" class="wait-elapsed">
          {formatElapsed(elapsed())}
        </span>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="link-button wait-cancel" onClick={() => cancel()()}>
              {props.cancelLabel ?? 'Cancel'}
            </button>
          )}
        </Show>
      </span>
    </Show>
  );
};
