import { createResource, createSignal, Show, type Component } from 'solid-js';
import type { Store } from '../../services/storage/types';
import { describeUsage, exportEverything, importFromFile } from './backup-actions';
import type { Announcement } from './create-history';

interface Props {
  store: Store;
  hasInterviews: boolean;
  /** Changes whenever the stored data does, so the storage figure is read again. */
  revision: number;
  /** Results go to the page's live region. */
  announce: (announcement: Announcement) => void;
  onImported: () => Promise<void>;
  onDeleteAll: () => void;
}

/** Export everything to one file, import it back, storage used, and "Delete all". */
export const BackupPanel: Component<Props> = (props) => {
  const [status, setStatus] = createSignal<'idle' | 'exporting' | 'importing'>('idle');
  const [usage] = createResource(
    () => props.revision,
    () => props.store.estimateUsage().catch(() => undefined),
  );

  async function exportAll(): Promise<void> {
    setStatus('exporting');
    props.announce(await exportEverything(props.store));
    setStatus('idle');
  }

  async function importChosen(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setStatus('importing');
    props.announce(await importFromFile(file, props.store));
    // Cleared so that choosing the same file again still fires a change.
    input.value = '';
    await props.onImported();
    setStatus('idle');
  }

  return (
    <section class="card backup" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        Everything stays in this browser. Export it to one file to keep a copy or move it to another device; import
        never overwrites what is already here.
      </p>
      <div class="backup-actions">
        <button
          type="button"
          class="button button-secondary"
          disabled={status() !== 'idle' || !props.hasInterviews}
          onClick={() => void exportAll()}
        >
          Export all data
        </button>
        <label class="button button-secondary file-button" classList={{ disabled: status() !== 'idle' }}>
          Import a backup
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            disabled={status() !== 'idle'}
            onChange={(e) => void importChosen(e.currentTarget)}
          />
        </label>
        <Show when={props.hasInterviews}>
          <button type="button" class="button button-danger" onClick={() => props.onDeleteAll()}>
            Delete all interviews
          </button>
        </Show>
      </div>
      <Show when={usage()}>{(u) => <p class="usage">{describeUsage(u())}</p>}</Show>
    </section>
  );
};
