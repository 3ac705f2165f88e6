import { A } from '@solidjs/router';
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { useServices } from '../../app/services';
import { BackupPanel } from './BackupPanel';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { createHistory } from './create-history';
import type { HistoryRow } from './history-rows';
import { HistoryList } from './HistoryList';
import { DamagedRecords } from './DamagedRecords';
import type { DamagedRecord } from './history-records';
import { Trends } from './Trends';
import { listPackLinks } from '../../ui/pack-links';
import { PackLinks } from '../../ui/PackLinks';
import '../../ui/page-kit.css';
import './history.css';

/** Route /history: every interview on this device, progress, backups and deleting. */
export default function HistoryPage() {
  const services = useServices();
  const history = createHistory(services.store);
  const [packs] = createResource(() => listPackLinks(services.store), { initialValue: [] });
  const [busyId, setBusyId] = createSignal<string>();
  const [confirming, setConfirming] = createSignal<'closed' | 'open' | 'deleting'>('closed');
  let undoButton: HTMLButtonElement | undefined;
  let listHeading: HTMLHeadingElement | undefined;

  const rows = (): HistoryRow[] => {
    const data = history.data();
    return data.status === 'ready' ? data.rows : [];
  };

  const damaged = (): DamagedRecord[] => {
    const data = history.data();
    return data.status === 'ready' ? data.damaged : [];
  };

  const readError = (): string | undefined => {
    const data = history.data();
    return data.status === 'error' ? data.message : undefined;
  };

  async function remove(row: HistoryRow): Promise<void> {
    setBusyId(row.id);
    // The row and its button disappear; focus goes to Undo so the keyboard is not lost.
    if (await history.deleteOne(row)) undoButton?.focus();
    setBusyId(undefined);
  }

  async function removeDamaged(id: string): Promise<void> {
    setBusyId(id);
    await history.deleteDamaged(id);
    setBusyId(undefined);
  }

  async function undo(): Promise<void> {
    await history.undo();
    listHeading?.focus();
  }

  async function removeAll(): Promise<void> {
    setConfirming('deleting');
    await history.deleteAll();
    setConfirming('closed');
  }

  return (
    <section class="history kit">
      <header class="history-head">
        <div>
          <h1>History</h1>
          <p class="history-lead">Every interview on this device, newest first.</p>
        </div>
        <A href="/" class="button button-primary">
          New interview
        </A>
      </header>
      <Show when={services.storageNotice}>
        <p class="storage-notice">{services.storageNotice}</p>
      </Show>
      <div
        class="announce"
        classList={{
          error: history.announcement()?.tone === 'error',
          empty: !history.announcement() && !history.undoable(),
        }}
      >
        <p role="status">{history.announcement()?.text ?? ''}</p>
        <Show when={history.undoable()}>
          {(deleted) => (
            <button
              ref={undoButton}
              type="button"
              class="button button-secondary button-small"
              aria-label={`Undo: bring back “${deleted().topic}”`}
              onClick={() => void undo()}
            >
              Undo
            </button>
          )}
        </Show>
      </div>
      <Switch>
        <Match when={history.data().status === 'loading'}>
          <p>Opening your history…</p>
        </Match>
        <Match when={readError()}>
          {(message) => (
            <p role="alert" class="notice-error">
              {message()}
            </p>
          )}
        </Match>
        <Match when={rows().length === 0}>
          <div class="card empty-state">
            <h2 ref={listHeading} tabindex="-1">
              No interviews yet
            </h2>
            <p>Your interviews appear here after you finish them, with their reports and your progress over time.</p>
            <A href="/" class="button button-primary">
              Start your first interview
            </A>
          </div>
        </Match>
        <Match when={rows().length > 0}>
          <Trends store={services.store} rows={rows()} />
          <section class="history-section" aria-labelledby="list-heading">
            <h2 id="list-heading" ref={listHeading} tabindex="-1">
              Interviews <span class="count">({rows().length})</span>
            </h2>
            <HistoryList rows={rows()} busyId={busyId()} onDelete={(row) => void remove(row)} />
          </section>
        </Match>
      </Switch>
      <DamagedRecords records={damaged()} busyId={busyId()} onDelete={(id) => void removeDamaged(id)} />
      <PackLinks links={packs()} title="Preparation packs" headingId="history-packs" class="history-section" />
      <BackupPanel
        store={services.store}
        hasInterviews={rows().length + damaged().length > 0}
        revision={rows().length}
        announce={(a) => history.announce(a)}
        onImported={() => history.refresh()}
        onDeleteAll={() => setConfirming('open')}
      />
      <ConfirmDialog
        open={confirming() !== 'closed'}
        busy={confirming() === 'deleting'}
        title="Delete every interview?"
        confirmLabel="Delete all interviews"
        onCancel={() => setConfirming('closed')}
        onConfirm={() => void removeAll()}
      >
        <p>
          This deletes all {rows().length + damaged().length} interviews on this device, with their transcripts, reports
          and recordings. It cannot be undone. Export your data first if you may want it back.
        </p>
      </ConfirmDialog>
    </section>
  );
}
