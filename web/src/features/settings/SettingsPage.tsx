import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { useServices } from '../../app/services';
import { createAppSettingsStore } from '../../services/app-settings/app-settings';
import { ConnectionSection } from './ConnectionSection';
import { DefaultsSection } from './DefaultsSection';
import { GeminiKeySection } from './GeminiKeySection';
import { StorageSection } from './StorageSection';
import '../../ui/page-kit.css';
import '../../ui/form-fields.css';
import './settings.css';

/** Route /settings: server, own Gemini key, interview defaults and this device's data. */
export default function SettingsPage() {
  const services = useServices();
  // Settings belong to this screen; the app's API client reads the same store on every call, so
  // what is saved here applies at once.
  const settings = createAppSettingsStore();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Setup links here with ?back=setup when live interviews are off: saving takes the person back.
  const onSaved = () => {
    if (params.back === 'setup') navigate('/');
  };
  return (
    <section class="settings kit form-fields">
      <header class="settings-head">
        <h1>Settings</h1>
        <p class="settings-lead">
          Everything here is kept in this browser only. Your interviews are in <A href="/history">History</A>.
        </p>
      </header>
      <Show when={services.storageNotice}>
        <p class="storage-notice">{services.storageNotice}</p>
      </Show>
      <ConnectionSection settings={settings} onSaved={onSaved} />
      <GeminiKeySection settings={settings} onSaved={onSaved} />
      <DefaultsSection preferences={services.preferences} />
      <StorageSection store={services.store} />
    </section>
  );
}
