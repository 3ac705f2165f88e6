import { createSignal, Show, type Component } from 'solid-js';
import { EndInterviewButton } from './EndInterviewButton';

/** Mute, a typed answer for when speaking is not possible, and ending the interview. */
export const Controls: Component<{
  muted: boolean;
  /** Answers are typed: no microphone is in use, so there is nothing to mute. */
  typed: boolean;
  canAnswer: boolean;
  ending: boolean;
  onMute: (muted: boolean) => void;
  onAnswer: (text: string) => void;
  onEnd: () => void;
}> = (props) => {
  const [draft, setDraft] = createSignal('');

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const text = draft().trim();
    if (!text || !props.canAnswer) return;
    props.onAnswer(text);
    setDraft('');
  };

  return (
    <div class="controls">
      <Show when={!props.typed}>
        <button type="button" class="button mute" aria-pressed={props.muted} onClick={() => props.onMute(!props.muted)}>
          {props.muted ? 'Unmute microphone' : 'Mute microphone'}
        </button>
      </Show>
      <form class="typed-answer" onSubmit={submit}>
        <label for="typed-answer">Type an answer</label>
        <div class="typed-row">
          <input
            id="typed-answer"
            type="text"
            autocomplete="off"
            maxLength={2000}
            value={draft()}
            onInput={(e) => setDraft(e.currentTarget.value)}
            placeholder="Or type here and press Enter"
          />
          <button type="submit" class="button" disabled={!props.canAnswer || !draft().trim()}>
            Send
          </button>
        </div>
      </form>
      <EndInterviewButton disabled={props.ending} onConfirm={props.onEnd} />
    </div>
  );
};
