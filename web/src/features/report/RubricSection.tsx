import { For, Index, Show, type Component } from 'solid-js';
import { RUBRIC_KEYS, type InterviewReport, type RubricKey } from '../../../../contracts/report-schema.ts';

export const RUBRIC_LABELS: Record<RubricKey, { name: string; hint: string }> = {
  communication: { name: 'Communication', hint: 'Clarity, concision, confidence' },
  domainKnowledge: { name: 'Domain knowledge', hint: 'Depth and accuracy in the subject' },
  structure: { name: 'Structure', hint: 'Organised answers, e.g. STAR for behavioural questions' },
  relevance: { name: 'Relevance', hint: 'Fit to the role and level' },
};

/** Five marks, filled up to the score; hidden from screen readers, which read "4 out of 5". */
export const ScoreMarks: Component<{ score: number }> = (props) => (
  <span class="score-marks" aria-hidden="true">
    <Index each={[1, 2, 3, 4, 5]}>{(n) => <span class={n() <= props.score ? 'mark on' : 'mark'} />}</Index>
  </span>
);

/**
 * A 1–5 score, or "Not enough evidence" when the report gives none (`score: null`: the model
 * found nothing in the transcript to judge this by). The wider type also reads older reports.
 */
export const CriterionScore: Component<{ score: number | null | undefined }> = (props) => (
  <p class="rubric-score">
    <Show
      when={typeof props.score === 'number' ? props.score : undefined}
      fallback={<span class="no-evidence">Not enough evidence</span>}
    >
      {(score) => (
        <>
          <ScoreMarks score={score()} />
          <span>
            {score()}
            <span class="visually-hidden"> out of 5</span>
            <span aria-hidden="true">/5</span>
          </span>
        </>
      )}
    </Show>
  </p>
);

export const RubricSection: Component<{ report: InterviewReport }> = (props) => (
  <section class="report-section" aria-labelledby="rubric-heading">
    <h2 id="rubric-heading">How you did, criterion by criterion</h2>
    <div class="rubric-grid">
      <For each={RUBRIC_KEYS}>
        {(key) => {
          const entry = () => props.report.rubric[key];
          return (
            <article class="rubric-card" aria-labelledby={`rubric-${key}`}>
              <header class="rubric-card-head">
                <h3 id={`rubric-${key}`}>{RUBRIC_LABELS[key].name}</h3>
                <CriterionScore score={entry().score} />
              </header>
              <p class="rubric-hint">{RUBRIC_LABELS[key].hint}</p>
              <p>{entry().comment}</p>
              <Show when={entry().quotes.length > 0}>
                <p class="evidence-label">In your words</p>
                <For each={entry().quotes}>{(quote) => <blockquote class="evidence">{quote}</blockquote>}</For>
              </Show>
            </article>
          );
        }}
      </For>
    </div>
  </section>
);
