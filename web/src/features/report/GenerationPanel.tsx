import { A } from '@solidjs/router';
import { Show, type Component } from 'solid-js';
import type { Generation } from './create-report-page';
import { generationMessage } from './generation-message';

/**
 * Where writing the report stands. The sentence sits in a polite live region, so a screen
 * reader hears "Writing your report…" and then the result or the problem without losing its
 * place; the buttons stay outside the region.
 */
export const GenerationPanel: Component<{ generation: Generation; hasReport: boolean; onGenerate: () => void }> = (props) => {
  const message = () => generationMessage(props.generation, props.hasReport);
  const failure = () => (props.generation.status === 'failed' ? props.generation.failure : undefined);
  return (
    <div class={`generation no-print tone-${message().tone}`} classList={{ empty: message().text === '' }}>
      <p role="status" class="generation-message">
        <Show when={message().tone === 'progress'}>
          <span class="spinner" aria-hidden="true" />
        </Show>
        {message().text}
      </p>
      <Show when={props.generation.status === 'offer' || failure()}>
        <p class="generation-actions">
          <button type="button" class="button button-primary" onClick={() => props.onGenerate()}>
            {props.generation.status === 'offer' ? 'Write the report' : 'Try again'}
          </button>
          <Show when={failure()?.settings}>
            <A href="/settings">Open Settings</A>
          </Show>
        </p>
      </Show>
    </div>
  );
};
