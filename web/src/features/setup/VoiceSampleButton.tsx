import { createEffect, on, Show, type Component } from 'solid-js';
import { featureOffSentence } from '../../ui/feature-notices';
import './voice-sample.css';
import type { VoiceSample } from './create-voice-sample';

const LABEL = {
  idle: 'Hear a sample',
  failed: 'Hear a sample',
  loading: 'Getting the sample…',
  playing: 'Stop the sample',
} as const;

/**
 * "Hear a sample" beside the voice choice. Off, with the server's reason, when the server cannot
 * make samples; a changed voice or language stops the one playing. What happens is said in a
 * polite live region, so a screen reader hears it without losing its place.
 */
export const VoiceSampleButton: Component<{
  sample: VoiceSample;
  voice: string;
  languageCode: string;
  offReason: string | undefined;
}> = (props) => {
  createEffect(on([() => props.voice, () => props.languageCode], () => props.sample.stop(), { defer: true }));
  const status = () => props.sample.status();
  const message = () => {
    const now = status();
    if (now.kind === 'playing') return `Playing ${now.voice}.`;
    if (now.kind === 'failed') return now.message;
    return '';
  };
  return (
    <div class="voice-sample">
      <button
        type="button"
        class="button button-secondary"
        aria-disabled={props.offReason !== undefined}
        aria-describedby={props.offReason !== undefined ? 'voice-sample-off' : undefined}
        aria-busy={status().kind === 'loading'}
        onClick={() => props.offReason === undefined && props.sample.toggle(props.voice, props.languageCode)}
      >
        {LABEL[status().kind]}
      </button>
      <Show when={props.offReason}>
        {(reason) => (
          <p class="hint" id="voice-sample-off">
            {featureOffSentence('voiceSample', reason())}
          </p>
        )}
      </Show>
      <p class="hint" role="status">
        {message()}
      </p>
      <audio class="voice-sample-audio" ref={(el) => props.sample.attach(el)} preload="none" />
    </div>
  );
};
