import { createResource, createSignal, Show, type Component } from 'solid-js';
import { clearBrowserLocalData } from '../../services/app-settings/local-data';
import type { Store } from '../../services/storage/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { browserPersistence, PERSISTENCE_TEXT, readPersistence, requestPersistence } from './storage-persistence';

type Clearing =
  { status: 'idle' } | { status: 'confirming' } | { status: 'clearing' } | { status: 'failed'; message: string };

/** Asking the browser to keep the data, and wiping everything Mockingbird stored here. */
export const StorageSection: Component<{ store: Store }> = (props) => {
  const manager = browserPersistence();
  const [status, { mutate }] = createResource(() => readPersistence(manager));
  const [requestMessage, setRequestMessage] = createSignal('');
  const [clearing, setClearing] = createSignal<Clearing>({ status: 'idle' });

  const clearFailure = (): string | undefined => {
    const current = clearing();
    return current.status === 'failed' ? current.message : undefined;
  };

  async function ask(): Promise<void> {
    const result = await requestPersistence(manager);
    mutate(result.status);
    setRequestMessage(result.message);
  }

  async function clearAll(): Promise<void> {
    setClearing({ status: 'clearing' });
    try {
      await props.store.clearEverything();
    } catch (err) {
      const why = err instanceof Error ? err.message : 'Storage refused.';
      return void setClearing({
        status: 'failed',
        message: `Your data could not be deleted: ${why} Nothing else was changed. Try again.`,
      });
    }
    clearBrowserLocalData();
    // A fresh start: the app loads again from the first screen with no settings and no history.
    location.replace('/');
  }

  return (
    <section class="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      <h3>Keep my data</h3>
      <Show when={status()}>
        {(current) => (
          <div class="persist">
            <p>{PERSISTENCE_TEXT[current()]}</p>
            <Show when={current() === 'best-effort'}>
              <button type="button" class="button button-secondary" onClick={() => void ask()}>
                Ask the browser to keep my data
              </button>
            </Show>
          </div>
        )}
      </Show>
      <p role="status" class="form-outcome tone-ok">
        {requestMessage()}
      </p>
      <h3>Clear all data</h3>
      <p>
        Deletes every interview, report, recording and setting Mockingbird keeps in this browser, your Gemini key
        included.
      </p>
      <button type="button" class="button button-danger" onClick={() => setClearing({ status: 'confirming' })}>
        Clear all data
      </button>
      <Show when={clearFailure()}>
        {(message) => (
          <p role="alert" class="notice-error">
            {message()}
          </p>
        )}
      </Show>
      <ConfirmDialog
        open={clearing().status === 'confirming' || clearing().status === 'clearing'}
        busy={clearing().status === 'clearing'}
        title="Clear all data?"
        confirmLabel="Clear everything"
        onCancel={() => setClearing({ status: 'idle' })}
        onConfirm={() => void clearAll()}
      >
        <p>
          Every interview, report, recording and setting on this device will be deleted, including your Gemini key. This
          cannot be undone.
        </p>
        <p>To keep a copy, cancel and use “Export all data” in History first.</p>
      </ConfirmDialog>
    </section>
  );
};
