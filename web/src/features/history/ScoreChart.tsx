import { createSignal, For, onCleanup, Show, type Component } from 'solid-js';
import { formatWhen } from '../report/format';
import type { HistoryRow } from './history-rows';
import { buildScoreChart, CHART, describeSeries, NARROW_CHART } from './score-chart';

// Colours and marker shapes both tell the lines apart, so colour is never the only difference.
const COLOURS = ['#1f3a5f', '#2f855a', '#b7791f', '#9b2c2c', '#6b46c1', '#2c7a7b'];
const dateOnly = (ms: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(ms);

const Marker: Component<{ index: number; x: number; y: number }> = (props) => {
  const colour = () => COLOURS[props.index % COLOURS.length];
  switch (props.index % 3) {
    case 1:
      return <rect x={props.x - 4.5} y={props.y - 4.5} width="9" height="9" fill={colour()} />;
    case 2:
      return <path d={`M${props.x} ${props.y - 6} L${props.x + 6} ${props.y + 4.5} L${props.x - 6} ${props.y + 4.5} Z`} fill={colour()} />;
    default:
      return <circle cx={props.x} cy={props.y} r="5" fill={colour()} />;
  }
};

/** Scores over time, one line per topic, with the same numbers as a table for anyone who prefers it. */
/** True while the screen is phone-narrow; the chart is then drawn at a smaller size. */
function createNarrow(): () => boolean {
  const query = window.matchMedia('(max-width: 32rem)');
  const [narrow, setNarrow] = createSignal(query.matches);
  const update = () => setNarrow(query.matches);
  query.addEventListener('change', update);
  onCleanup(() => query.removeEventListener('change', update));
  return narrow;
}

export const ScoreChart: Component<{ rows: HistoryRow[] }> = (props) => {
  const narrow = createNarrow();
  const chart = () => buildScoreChart(props.rows, narrow() ? NARROW_CHART : CHART);
  const size = () => chart().size;
  const scored = () => props.rows.filter((r) => r.score !== undefined);
  return (
    <Show when={chart().series.length > 0}>
      <figure class="score-chart card">
        <figcaption>
          <h2 id="chart-heading">Your scores over time</h2>
        </figcaption>
        <svg viewBox={`0 0 ${size().width} ${size().height}`} role="img" aria-labelledby="chart-heading chart-desc">
          <desc id="chart-desc">{chart().series.map(describeSeries).join(' ')}</desc>
          <For each={chart().yTicks}>
            {(tick) => (
              <g class="tick">
                <line x1={size().left} x2={size().width - size().right} y1={tick.y} y2={tick.y} />
                <text x={size().left - 8} y={tick.y + 4} text-anchor="end">
                  {tick.value}
                </text>
              </g>
            )}
          </For>
          <text class="axis-date" x={size().left} y={size().height - 8} text-anchor="start">
            {dateOnly(chart().xRange.from)}
          </text>
          <Show when={chart().xRange.to > chart().xRange.from}>
            <text class="axis-date" x={size().width - size().right} y={size().height - 8} text-anchor="end">
              {dateOnly(chart().xRange.to)}
            </text>
          </Show>
          <For each={chart().series}>
            {(series) => (
              <g>
                <path d={series.path} fill="none" stroke={COLOURS[series.index % COLOURS.length]} stroke-width="2.5" stroke-linejoin="round" />
                <For each={series.points}>{(p) => <Marker index={series.index} x={p.x} y={p.y} />}</For>
              </g>
            )}
          </For>
        </svg>
        <ul class="chart-legend" aria-hidden="true">
          <For each={chart().series}>
            {(series) => (
              <li>
                <svg width="14" height="14" viewBox="0 0 14 14">
                  <Marker index={series.index} x={7} y={7} />
                </svg>
                {series.topic}
              </li>
            )}
          </For>
        </ul>
        <Show when={chart().hiddenTopics.length > 0}>
          <p class="chart-note">The chart shows your six most practised topics; the table has every score.</p>
        </Show>
        <details class="chart-table">
          <summary>Show the scores as a table</summary>
          <table>
            <caption>Scores by date</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Topic</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              <For each={scored()}>
                {(row) => (
                  <tr>
                    <td>{formatWhen(row.createdAt)}</td>
                    <td>{row.topic}</td>
                    <td class="num">{row.score}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </details>
      </figure>
    </Show>
  );
};
