import { For, Match, Show, Switch, type Component } from 'solid-js';
import { createMicCheck } from './create-mic-check';
import { browserFamily, micGuidance } from './mic-guidance';

export const MicCheck: Component<{ deviceId?: string; onDeviceChosen: (id: string) => void }> = (props) => {
  const mic = createMicCheck({ deviceId: props.deviceId, onDeviceChosen: (id) => props.onDeviceChosen(id) });
  const live = () => mic.status().kind === 'live';
  const heard = () => {
    const s = mic.status();
    return s.kind === 'live' && s.heard;
  };
  const guidance = () => {
    const s = mic.status();
    return s.kind === 'failed' ? micGuidance(s.reason, browserFamily(navigator.userAgent)) : undefined;
  };

  return (
    <div class="mic-check">
      <p class="hint">
        Use headphones for best results: the interviewer may hear itself through speakers and interrupt you.
      </p>
      <Show when={live() && mic.devices().length > 0}>
        <div class="field">
          <label class="field-label" for="setup-microphone">
            Microphone
          </label>
          <select id="setup-microphone" value={mic.deviceId()} onChange={(e) => mic.choose(e.currentTarget.value)}>
            <For each={mic.devices()}>{(d) => <option value={d.id}>{d.label}</option>}</For>
          </select>
        </div>
      </Show>
      <Show when={live()}>
        <div class="meter-row">
          <span id="setup-mic-level-label" class="meter-label">
            Input level
          </span>
          <meter
            aria-labelledby="setup-mic-level-label"
            min={0}
            max={1}
            low={0.3}
            high={0.95}
            optimum={0.6}
            value={mic.level()}
          />
        </div>
      </Show>
      <p class="mic-status" classList={{ heard: heard() }} role="status">
        <Switch>
          <Match when={mic.status().kind === 'starting'}>
            Asking for your microphone… allow it in the browser’s prompt.
          </Match>
          <Match when={heard()}>We can hear you. Your microphone works.</Match>
          <Match when={live()}>Say something: the bar should move while you speak.</Match>
        </Switch>
      </p>
      <Show when={guidance()}>
        {(g) => (
          <div class="mic-problem" role="alert">
            <p class="mic-problem-title">{g().title}</p>
            <ol>
              <For each={g().steps}>{(step) => <li>{step}</li>}</For>
            </ol>
          </div>
        )}
      </Show>
      <Show
        when={live()}
        fallback={
          <button
            type="button"
            class="button button-secondary"
            disabled={mic.status().kind === 'starting'}
            onClick={() => mic.start()}
          >
            {mic.status().kind === 'failed' ? 'Try the microphone again' : 'Check my microphone'}
          </button>
        }
      >
        <button type="button" class="button button-secondary" onClick={() => mic.stop()}>
          Stop the check
        </button>
      </Show>
    </div>
  );
};
