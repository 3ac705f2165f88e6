import { createResource, lazy, Show, Suspense, type Component } from 'solid-js';
import type { Store } from '../../services/storage/types';
import type { HistoryRow } from './history-rows';
import { buildTrendPoints } from './trend-points';
import { TrendTable } from './TrendTable';

// uPlot and its charts load only here, after History has opened.
const TrendCharts = lazy(() => import('./TrendCharts'));

type TrendStore = Pick<Store, 'listInterviews' | 'listReports' | 'listTurns'>;

async function loadPoints(store: TrendStore) {
  const [interviews, reports] = await Promise.all([store.listInterviews(), store.listReports()]);
  const reported = new Set(reports.map((r) => r.interviewId));
  const turns = await Promise.all(
    interviews.filter((i) => reported.has(i.id)).map(async (i) => [i.id, await store.listTurns(i.id)] as const),
  );
  return buildTrendPoints(interviews, reports, new Map(turns));
}

/** Progress over time: overall and per-criterion scores, pace and fillers; reloads when the list changes. */
export const Trends: Component<{ store: TrendStore; rows: readonly HistoryRow[] }> = (props) => {
  const [points] = createResource(
    () => props.rows,
    () => loadPoints(props.store).catch(() => []),
  );
  return (
    <Show when={(points.latest?.length ?? 0) > 0}>
      <section class="card trends" aria-labelledby="trends-heading">
        <h2 id="trends-heading">Your progress over time</h2>
        <Suspense fallback={<p class="hint">Drawing the charts…</p>}>
          <TrendCharts points={points.latest ?? []} />
        </Suspense>
        <TrendTable points={points.latest ?? []} />
      </section>
    </Show>
  );
};
