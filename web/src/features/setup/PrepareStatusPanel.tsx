import { A } from '@solidjs/router';
import { Show, type Component } from 'solid-js';
import type { PrepareStatus } from './create-prepare';
import { WaitClock } from '../../ui/WaitClock';
import { Spinner } from '../../ui/Spinner';
import { prepareMessage } from './prepare-message';

/**
 * Where writing the preparation pack stands. The sentence sits in a polite live region, so a
 * screen reader hears the progress and then the problem without losing its place; the Cancel and
 * Try again buttons stay outside the region.
 */
export const PrepareStatusPanel: Component<{ status: PrepareStatus; onRetry: () => void; onCancel: () => void }> = (
  props,
) => {
  const failure = () => (props.status.kind === 'failed' ? props.status.failure : undefined);
  return (
    <div class="prepare-status" classList={{ empty: props.status.kind === 'idle', failed: Boolean(failure()) }}>
      <p role="status" class="prepare-message">
        <Show when={props.status.kind === 'preparing'}>
          <Spinner />
        </Show>
        {prepareMessage(props.status)}
      </p>
      <Show when={props.status.kind === 'preparing'}>
        <span class="prepare-wait">
          <WaitClock active={props.status.kind === 'preparing'} />
          <button type="button" class="link-button" onClick={() => props.onCancel()}>
            Cancel
          </button>
        </span>
      </Show>
      <Show when={failure()}>
        {(f) => (
          <p class="prepare-actions">
            <button type="button" class="button button-secondary" onClick={() => props.onRetry()}>
              Try again
            </button>
            <Show when={f().settings}>
              <A href="/settings">Open Settings</A>
            </Show>
          </p>
        )}
      </Show>
    </div>
  );
};
