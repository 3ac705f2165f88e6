import { A } from '@solidjs/router';
import { For, onMount, Show, type Component } from 'solid-js';
import type { MicErrorReason } from '../../services/audio/types';
import { browserFamily, micGuidance } from '../../ui/mic-guidance';
import type { SessionErrorKind } from './session-types';

const TITLES: Record<SessionErrorKind, string> = {
  microphone: 'The microphone is not available',
  'microphone-lost': 'The microphone stopped',
  'audio-blocked': 'Sound is paused',
  token: 'The interview could not start',
  'live-off': 'Live interviews are off on this server',
  connection: 'The interviewer could not be reached',
  lost: 'The connection was lost',
};

/**
 * Says what happened and offers the one action that can fix it. Focus moves here so it is heard.
 * A microphone that could not start also gets the steps that fix it in this browser.
 */
export const ErrorView: Component<{
  kind: SessionErrorKind;
  message: string;
  micReason?: MicErrorReason | undefined;
  canEnd: boolean;
  onRetry: () => void;
  onTypeInstead: () => void;
  onEnd: () => void;
}> = (props) => {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const steps = () => (props.micReason ? micGuidance(props.micReason, browserFamily(navigator.userAgent)).steps : []);
  return (
    <div class="room-error" role="alert">
      <h2 ref={heading} tabindex="-1">
        {TITLES[props.kind]}
      </h2>
      <p>{props.message}</p>
      <Show when={steps().length > 0}>
        <ol class="error-steps">
          <For each={steps()}>{(step) => <li>{step}</li>}</For>
        </ol>
      </Show>
      <div class="error-actions">
        {/* Without a key on the server a retry asks the same question again; a key is the way on. */}
        <Show
          when={props.kind !== 'live-off'}
          fallback={
            <A href="/settings?back=setup#gemini-key" class="button primary">
              Use your own Gemini key in Settings
            </A>
          }
        >
          <button type="button" class="button primary" onClick={() => props.onRetry()}>
            Try again
          </button>
        </Show>
        {/* No microphone (refused or unplugged): the interview can go on with typed answers. */}
        <Show when={props.kind === 'microphone' || props.kind === 'microphone-lost'}>
          <button type="button" class="button" onClick={() => props.onTypeInstead()}>
            Continue by typing
          </button>
        </Show>
        {props.canEnd ? (
          <button type="button" class="button" onClick={() => props.onEnd()}>
            End and see my report
          </button>
        ) : (
          <A href="/" class="button">
            Back to setup
          </A>
        )}
      </div>
    </div>
  );
};
