// The trend charts, drawn by uPlot: loaded only when History shows them (HistoryPage imports this
// file lazily), so the library never weighs on the first screen.
import { For, onCleanup, onMount, type Component } from 'solid-js';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TrendPoint } from './trend-points';
import { pointLabels } from './trend-points';
import { describeChart, trendCharts, type TrendChartSpec } from './trend-series';

const HEIGHT = 180;

function chartOptions(spec: TrendChartSpec, labels: readonly string[], width: number): uPlot.Options {
  const count = labels.length;
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      // Interviews are evenly spaced, not by time: a week's gap would squeeze a busy day flat.
      x: { time: false, range: () => [-0.5, Math.max(0.5, count - 0.5)] },
      y: spec.range ? { range: spec.range } : {},
    },
    axes: [
      {
        incrs: [1, 2, 5, 10, 20, 50],
        space: 90,
        values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (labels[i] ?? '') : '')),
      },
      { size: 44 },
    ],
    series: [
      {},
      // spanGaps: a null (not enough evidence) is skipped, and the line joins the scores around it.
      ...spec.lines.map((line) => ({
        label: line.label,
        stroke: line.colour,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 7, fill: line.colour },
        ...(line.dash ? { dash: line.dash } : {}),
      })),
    ],
  };
}

const TrendChart: Component<{ spec: TrendChartSpec; labels: readonly string[] }> = (props) => {
  let box: HTMLDivElement | undefined;
  onMount(() => {
    if (!box) return;
    const xs = props.labels.map((_, i) => i);
    const plot = new uPlot(
      chartOptions(props.spec, props.labels, box.clientWidth || 320),
      [xs, ...props.spec.lines.map((l) => l.values)],
      box,
    );
    const resize = new ResizeObserver(() => box && plot.setSize({ width: box.clientWidth, height: HEIGHT }));
    resize.observe(box);
    onCleanup(() => {
      resize.disconnect();
      plot.destroy();
    });
  });
  return (
    <figure class="trend-chart">
      <figcaption>{props.spec.title}</figcaption>
      <div ref={box} class="trend-canvas" role="img" aria-label={describeChart(props.spec)} />
      <ul class="chart-legend" aria-hidden="true">
        <For each={props.spec.lines}>
          {(line) => (
            <li>
              <svg width="22" height="10" viewBox="0 0 22 10">
                <line
                  x1="1"
                  x2="21"
                  y1="5"
                  y2="5"
                  stroke={line.colour}
                  stroke-width="2.5"
                  stroke-dasharray={line.dash?.join(' ')}
                />
              </svg>
              {line.label}
            </li>
          )}
        </For>
      </ul>
    </figure>
  );
};

export default function TrendCharts(props: { points: readonly TrendPoint[] }) {
  const labels = () => pointLabels(props.points);
  return (
    <div class="trend-charts">
      <For each={trendCharts(props.points)}>{(spec) => <TrendChart spec={spec} labels={labels()} />}</For>
    </div>
  );
}
