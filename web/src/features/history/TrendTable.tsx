import { For, type Component } from 'solid-js';
import { RUBRIC_KEYS } from '../../../../contracts/report-schema.ts';
import type { TrendPoint } from './trend-points';
import { pointLabels } from './trend-points';
import { RUBRIC_LABELS } from './trend-series';

const cell = (value: number | null) => (value === null ? '–' : String(value));

/** The same figures as the charts, as a table for anyone who prefers one (screen readers above all). */
export const TrendTable: Component<{ points: readonly TrendPoint[] }> = (props) => {
  const labels = () => pointLabels(props.points);
  return (
    <details class="chart-table">
      <summary>Show the figures as a table</summary>
      <div class="table-scroll">
        <table>
          <caption>Your interviews, oldest first (– means not enough to judge or not measured)</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Topic</th>
              <th scope="col">Overall</th>
              <For each={RUBRIC_KEYS}>{(key) => <th scope="col">{RUBRIC_LABELS[key]}</th>}</For>
              <th scope="col">Words per minute</th>
              <th scope="col">Fillers per 100 words</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.points}>
              {(p, i) => (
                <tr>
                  <td>{labels()[i()]}</td>
                  <td>{p.topic}</td>
                  <td class="num">{cell(p.overall)}</td>
                  <For each={RUBRIC_KEYS}>{(key) => <td class="num">{cell(p.rubric[key])}</td>}</For>
                  <td class="num">{cell(p.wordsPerMinute)}</td>
                  <td class="num">{cell(p.fillersPer100)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </details>
  );
};
