import { createSignal, Show, type Component } from 'solid-js';
import type { AppSettingsStore } from '../../services/app-settings/types';
import { SAVE_REFUSED, savedMessage, validateConnection } from './connection-form';
import { TextField } from './TextField';

type Outcome = { tone: 'ok' | 'error'; text: string } | undefined;

/** Bring your own Gemini key, for a copy of Mockingbird with no server. Kept in this browser only. */
export const GeminiKeySection: Component<{ settings: AppSettingsStore; onSaved: () => void }> = (props) => {
  const [key, setKey] = createSignal(props.settings.load().geminiKey);
  const [visible, setVisible] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [outcome, setOutcome] = createSignal<Outcome>();
  const [hasSavedKey, setHasSavedKey] = createSignal(props.settings.load().geminiKey !== '');

  function store(geminiKey: string): void {
    const checked = validateConnection({ ...props.settings.load(), geminiKey });
    setError(checked.ok ? undefined : checked.errors.geminiKey);
    if (!checked.ok) return void setOutcome(undefined);
    if (!props.settings.save(checked.settings)) return void setOutcome({ tone: 'error', text: SAVE_REFUSED });
    setKey(checked.settings.geminiKey);
    setHasSavedKey(checked.settings.geminiKey !== '');
    setOutcome({
      tone: 'ok',
      text: checked.settings.geminiKey
        ? savedMessage(checked.settings)
        : 'Your key was removed from this browser. Mockingbird uses the server again.',
    });
    props.onSaved();
  }

  return (
    <section class="card" aria-labelledby="key-heading">
      <h2 id="key-heading">Your own Gemini key</h2>
      <p class="section-lead">
        For a copy of Mockingbird with no server. With a key, the interview and the report go straight from this browser
        to Google, billed to your key; the video interviewer is not available.
      </p>
      <p class="key-privacy">
        <strong>Stored only in this browser.</strong> It is never sent to a Mockingbird server and never included in
        exports. Anyone who can use this browser profile can read it, so don’t save it on a shared computer.
      </p>
      <form
        class="settings-form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          store(key());
        }}
      >
        <TextField
          id="gemini-key"
          label="Gemini API key (stored only in this browser)"
          type={visible() ? 'text' : 'password'}
          hint="Create one in Google AI Studio. Leave empty to use the Mockingbird server."
          value={key()}
          error={error()}
          onInput={setKey}
          after={
            <button
              type="button"
              class="button button-quiet reveal"
              aria-pressed={visible()}
              aria-controls="gemini-key"
              onClick={() => setVisible(!visible())}
            >
              {visible() ? 'Hide' : 'Show'}
              <span class="visually-hidden"> key</span>
            </button>
          }
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            Save key
          </button>
          <Show when={hasSavedKey()}>
            <button type="button" class="button button-danger" onClick={() => store('')}>
              Remove key
            </button>
          </Show>
        </div>
        <p role="status" class={`form-outcome tone-${outcome()?.tone ?? 'none'}`}>
          {outcome()?.text ?? ''}
        </p>
      </form>
    </section>
  );
};
