import { For, type Component } from 'solid-js';
import type { InterviewReport } from '../../../../contracts/report-schema.ts';

export const SummarySection: Component<{ report: InterviewReport }> = (props) => (
  <section class="report-section report-summary" aria-labelledby="summary-heading">
    <h2 id="summary-heading">Summary</h2>
    <p>{props.report.summary}</p>
  </section>
);

export const StrengthsAndImprovements: Component<{ report: InterviewReport }> = (props) => (
  <div class="report-two-up">
    <section class="report-section" aria-labelledby="strengths-heading">
      <h2 id="strengths-heading">Strengths</h2>
      <ul class="tick-list">
        <For each={props.report.strengths}>{(strength) => <li>{strength}</li>}</For>
      </ul>
    </section>
    <section class="report-section" aria-labelledby="improve-heading">
      <h2 id="improve-heading">What to improve</h2>
      <ol class="improvements">
        <For each={props.report.improvements}>
          {(item) => (
            <li>
              <p class="improvement-point">{item.point}</p>
              <p class="try-label">Try saying it like this</p>
              <blockquote class="try-this">{item.tryThis}</blockquote>
            </li>
          )}
        </For>
      </ol>
    </section>
  </div>
);

export const RecommendationSection: Component<{ report: InterviewReport }> = (props) => (
  <div class="report-two-up">
    <section class="report-section" aria-labelledby="recommendation-heading">
      <h2 id="recommendation-heading">Recommendation</h2>
      <p>{props.report.recommendation}</p>
    </section>
    <section class="report-section" aria-labelledby="next-heading">
      <h2 id="next-heading">Practise next</h2>
      <ul class="topic-chips">
        <For each={props.report.nextTopics}>{(topic) => <li>{topic}</li>}</For>
      </ul>
    </section>
  </div>
);
