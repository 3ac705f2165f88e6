import { A } from '@solidjs/router';
import { For, Show, type Component } from 'solid-js';
import { formatDuration, formatWhen } from '../../lib/format';
import type { HistoryRow } from './history-rows';

const STATUS_BADGE = { unfinished: 'Unfinished', live: 'In progress' } as const;

/** One entry per interview; the topic opens its report, and each has its own Delete. */
export const HistoryList: Component<{ rows: HistoryRow[]; busyId?: string; onDelete: (row: HistoryRow) => void }> = (
  props,
) => (
  <ol class="history-list">
    <For each={props.rows}>
      {(row) => (
        <li class="history-item">
          <div class="history-main">
            <A class="history-topic" href={`/report/${encodeURIComponent(row.id)}`}>
              {row.topic}
            </A>
            <p class="history-meta">
              <time datetime={new Date(row.createdAt).toISOString()}>{formatWhen(row.createdAt)}</time>
              <span aria-hidden="true"> · </span>
              <span>{row.level}</span>
              <Show when={row.durationMs !== undefined}>
                <span aria-hidden="true"> · </span>
                <span>{formatDuration(row.durationMs ?? 0)}</span>
              </Show>
              <Show when={row.status !== 'ended'}>
                {' '}
                <span class="badge badge-unfinished">{STATUS_BADGE[row.status as keyof typeof STATUS_BADGE]}</span>
              </Show>
            </p>
          </div>
          <p class="history-score" classList={{ none: row.score === undefined }}>
            <Show
              when={row.score !== undefined}
              fallback={<span>{row.notEnoughToJudge ? 'Not enough to judge' : 'No report yet'}</span>}
            >
              <span class="history-score-number">{row.score}</span>
              <span class="history-score-out">/100</span>
              <span class="visually-hidden"> overall score</span>
            </Show>
          </p>
          <button
            type="button"
            class="button button-quiet button-small history-delete"
            disabled={props.busyId === row.id}
            aria-label={`Delete the interview “${row.topic}” of ${formatWhen(row.createdAt)}`}
            onClick={() => props.onDelete(row)}
          >
            Delete
          </button>
        </li>
      )}
    </For>
  </ol>
);
