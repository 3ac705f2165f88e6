import { createSignal, Show, type Component } from 'solid-js';
import { makePagePolicyWatch } from '../../services/api/page-policy-watch';
import { readServerFeatures } from '../../services/api/feature-status';
import { createApiClientForSettings } from '../../services/app-settings/api-client-for-settings';
import type { AppSettings, AppSettingsStore } from '../../services/app-settings/types';
import {
  describeHealth,
  SAVE_REFUSED,
  savedMessage,
  validateConnection,
  type ConnectionErrors,
} from './connection-form';
import { TextField } from './TextField';
import { Spinner } from '../../ui/Spinner';

type Outcome = { tone: 'ok' | 'error' | 'progress'; text: string } | undefined;

/** Which Mockingbird server to use, and its access code. */
export const ConnectionSection: Component<{ settings: AppSettingsStore; onSaved: () => void }> = (props) => {
  const saved = props.settings.load();
  const [serverUrl, setServerUrl] = createSignal(saved.serverUrl);
  const [accessCode, setAccessCode] = createSignal(saved.accessCode);
  const [errors, setErrors] = createSignal<ConnectionErrors>({});
  const [outcome, setOutcome] = createSignal<Outcome>();

  const values = (): AppSettings => ({ ...props.settings.load(), serverUrl: serverUrl(), accessCode: accessCode() });

  function save(event: SubmitEvent): void {
    event.preventDefault();
    const checked = validateConnection(values(), location.protocol);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return void setOutcome(undefined);
    if (!props.settings.save(checked.settings)) return void setOutcome({ tone: 'error', text: SAVE_REFUSED });
    setServerUrl(checked.settings.serverUrl);
    setOutcome({ tone: 'ok', text: savedMessage(checked.settings) });
    props.onSaved();
  }

  async function check(): Promise<void> {
    const checked = validateConnection({ ...values(), geminiKey: '' }, location.protocol);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setOutcome({ tone: 'progress', text: 'Checking the server…' });
    try {
      const watchPagePolicy = makePagePolicyWatch(document, () => location.href);
      const info = await createApiClientForSettings(checked.settings, { watchPagePolicy }).api.health(
        AbortSignal.timeout(10_000),
      );
      setOutcome({ tone: 'ok', text: describeHealth(readServerFeatures(info)) });
    } catch (err) {
      const text =
        err instanceof Error && err.name !== 'TimeoutError'
          ? err.message
          : 'The server did not answer within 10 seconds. Check the address and try again.';
      setOutcome({ tone: 'error', text });
    }
  }

  return (
    <section class="card" aria-labelledby="connection-heading">
      <h2 id="connection-heading">Mockingbird server</h2>
      <p class="section-lead">
        The server starts interviews and writes reports; your interviews never pass through it.
      </p>
      <form class="settings-form" onSubmit={save} novalidate>
        <TextField
          id="server-url"
          label="Server address"
          type="url"
          hint="Leave empty to use the server this page came from."
          placeholder="https://mockingbird.example.com"
          value={serverUrl()}
          error={errors().serverUrl}
          onInput={setServerUrl}
        />
        <TextField
          id="access-code"
          label="Access code"
          hint="Only if the server’s owner gave you one."
          value={accessCode()}
          onInput={setAccessCode}
        />
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            Save server settings
          </button>
          <button type="button" class="button button-secondary" onClick={() => void check()}>
            Check connection
          </button>
        </div>
        <p role="status" class={`form-outcome tone-${outcome()?.tone ?? 'none'}`}>
          <Show when={outcome()?.tone === 'progress'}>
            <Spinner />
          </Show>
          {outcome()?.text ?? ''}
        </p>
      </form>
    </section>
  );
};
