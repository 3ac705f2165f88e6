import { A } from '@solidjs/router';
import { onMount, type Component } from 'solid-js';
import type { SessionErrorKind } from './session-types';

const TITLES: Record<SessionErrorKind, string> = {
  microphone: 'The microphone is not available',
  'audio-blocked': 'Sound is paused',
  token: 'The interview could not start',
  connection: 'The interviewer could not be reached',
  lost: 'The connection was lost',
};

/** Says what happened and offers the one action that can fix it. Focus moves here so it is heard. */
export const ErrorView: Component<{ kind: SessionErrorKind; message: string; canEnd: boolean; onRetry: () => void; onEnd: () => void }> = (props) => {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <div class="room-error" role="alert">
      <h2 ref={heading} tabindex="-1">
        {TITLES[props.kind]}
      </h2>
      <p>{props.message}</p>
      <div class="error-actions">
        <button type="button" class="button primary" onClick={() => props.onRetry()}>
          Try again
        </button>
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
