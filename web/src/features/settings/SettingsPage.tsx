import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useServices } from '../../app/services';
import { createAppSettingsStore } from '../../services/app-settings/app-settings';
import { ConnectionSection } from './ConnectionSection';
import { DefaultsSection } from './DefaultsSection';
import { GeminiKeySection } from './GeminiKeySection';
import { StorageSection } from './StorageSection';
import '../report/page-kit.css';
import './settings.css';

/** Route /settings: server, own Gemini key, interview defaults and this device's data. */
export default function SettingsPage() {
  const services = useServices();
  // Settings belong to this screen; main.tsx reads the same store once at start-up.
  const settings = createAppSettingsStore();
  const [needsReload, setNeedsReload] = createSignal(false);
  return (
    <section class="settings kit">
      <header class="settings-head">
        <h1>Settings</h1>
        <p class="settings-lead">
          Everything here is kept in this browser only. Your interviews are in <A href="/history">History</A>.
        </p>
      </header>
      <Show when={services.storageNotice}>
        <p class="storage-notice">{services.storageNotice}</p>
      </Show>
      <Show when={needsReload()}>
        <div class="reload-banner">
          <p>New connection settings take effect when the page reloads.</p>
          <button type="button" class="button button-primary button-small" onClick={() => location.reload()}>
            Reload now
          </button>
        </div>
      </Show>
      <ConnectionSection settings={settings} onSaved={() => setNeedsReload(true)} />
      <GeminiKeySection settings={settings} onSaved={() => setNeedsReload(true)} />
      <DefaultsSection preferences={services.preferences} />
      <StorageSection store={services.store} />
    </section>
  );
}
