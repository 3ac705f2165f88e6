import { For, Show, type Component } from 'solid-js';
import type { DamagedRecord } from './history-records';

/**
 * Stored interviews History cannot show (a date out of range, a missing field), each with its
 * own Delete, so one bad record never hides the rest of the page or traps the user.
 */
export const DamagedRecords: Component<{
  records: DamagedRecord[];
  busyId?: string;
  onDelete: (id: string) => void;
}> = (props) => (
  <Show when={props.records.length > 0}>
    <section class="history-section" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading">
        Damaged records <span class="count">({props.records.length})</span>
      </h2>
      <p class="history-lead">
        These interviews are stored on this device but cannot be shown: their data is out of range or incomplete,
        perhaps from an edited backup. Delete them, or keep them in an export for later.
      </p>
      <ol class="history-list">
        <For each={props.records}>
          {(record, index) => (
            <li class="history-item history-damaged">
              <p class="history-main">Damaged interview record {index() + 1}</p>
              <Show
                when={record.id}
                fallback={<p class="history-meta">It has no id, so only “Delete all interviews” can remove it.</p>}
              >
                {(id) => (
                  <button
                    type="button"
                    class="button button-quiet button-small history-delete"
                    disabled={props.busyId === id()}
                    aria-label={`Delete damaged interview record ${index() + 1}`}
                    onClick={() => props.onDelete(id())}
                  >
                    Delete
                  </button>
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  </Show>
);
