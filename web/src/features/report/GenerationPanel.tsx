import { A } from '@solidjs/router';
import { Show, type Component } from 'solid-js';
import type { Generation } from './create-report-page';
import { WaitClock } from '../../ui/WaitClock';
import { Spinner } from '../../ui/Spinner';
import { generationMessage } from './generation-message';

/**
 * Where writing the report stands. The sentence sits in a polite live region, so a screen
 * reader hears "Writing your report…" and then the result or the problem without losing its
 * place; the buttons stay outside the region.
 */
export const GenerationPanel: Component<{
  generation: Generation;
  hasReport: boolean;
  onGenerate: () => void;
  onCancel: () => void;
}> = (props) => {
  const message = () => generationMessage(props.generation, props.hasReport);
  const failure = () => (props.generation.status === 'failed' ? props.generation.failure : undefined);
  return (
    <div class={`generation no-print tone-${message().tone}`} classList={{ empty: message().text === '' }}>
      <p role="status" class="generation-message">
        <Show when={message().tone === 'progress'}>
          <Spinner />
        </Show>
        {message().text}
      </p>
      <WaitClock
        active={props.generation.status === 'generating'}
        cancelLabel="Cancel"
        onCancel={() => props.onCancel()}
      />
      <Show
        when={
          props.generation.status === 'offer' ||
          props.generation.status === 'cancelled' ||
          props.generation.status === 'off' ||
          failure()
        }
      >
        <p class="generation-actions">
          <button type="button" class="button button-primary" onClick={() => props.onGenerate()}>
            {failure() || props.generation.status === 'off' ? 'Try again' : 'Write the report'}
          </button>
          <Show when={failure()?.settings}>
            <A href="/settings">Open Settings</A>
          </Show>
        </p>
      </Show>
    </div>
  );
};
