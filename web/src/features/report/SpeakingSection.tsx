import { createMemo, For, Show, type Component } from 'solid-js';
import type { Turn } from '../../lib/interview';
import { computeSpeakingStats } from '../../lib/speaking-stats';
import { answerCells, statFigures } from './speaking-view';

/** Speaking stats, worked out in this browser from the turns and their voice timing; nothing is sent anywhere. */
export const SpeakingSection: Component<{ turns: Turn[]; languageCode: string }> = (props) => {
  const stats = createMemo(() => computeSpeakingStats(props.turns, props.languageCode));
  return (
    <section class="report-section" aria-labelledby="speaking-heading">
      <h2 id="speaking-heading">How you spoke</h2>
      <p class="section-lead">
        Worked out on this device: times from when your voice was heard, words from the transcript.
      </p>
      <dl class="stat-grid">
        <For each={statFigures(stats())}>
          {(figure) => (
            <div class="stat">
              <dt>{figure.label}</dt>
              <dd class="stat-value">{figure.value}</dd>
              <dd class="stat-detail">{figure.detail}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={stats().answers.length > 0}>
        <div class="table-scroll" role="region" aria-labelledby="answers-caption" tabindex="0">
          <table class="answers-table">
            <caption id="answers-caption">Each answer</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Question</th>
                <th scope="col">Words</th>
                <th scope="col">Length</th>
                <th scope="col">
                  <abbr title="words per minute">Pace</abbr>
                </th>
                <th scope="col">Fillers</th>
                <th scope="col">Pause before</th>
                <th scope="col">Pauses</th>
              </tr>
            </thead>
            <tbody>
              <For each={stats().answers.map((row) => answerCells(row))}>
                {(cells) => (
                  <tr>
                    <th scope="row">{cells.index}</th>
                    <td class="answer-question">{cells.question}</td>
                    <td class="num">{cells.words}</td>
                    <td class="num">{cells.duration}</td>
                    <td class="num">{cells.pace}</td>
                    <td class="num">{cells.fillers}</td>
                    <td class="num">{cells.pause}</td>
                    <td class="num">{cells.pauses}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
};
