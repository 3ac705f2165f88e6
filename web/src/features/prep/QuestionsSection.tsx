import { For, Show, type Component } from 'solid-js';
import { groupQuestions, type NumberedQuestion } from './prep-groups';
import type { KeptPrepContent } from '../../../../contracts/prep-schema.ts';

/** The likely questions under their group headings, numbered 1…N across groups. */
export const QuestionsSection: Component<{ content: KeptPrepContent }> = (props) => (
  <section class="prep-section prep-questions" aria-labelledby="prep-questions-title">
    <h2 id="prep-questions-title">Likely questions</h2>
    <For each={groupQuestions(props.content)}>
      {(group) => (
        <section class="question-group" aria-labelledby={`prep-group-${group.category}`}>
          <h3 id={`prep-group-${group.category}`}>{group.title}</h3>
          <ol start={group.questions[0]?.n ?? 1}>
            <For each={group.questions}>{(q) => <QuestionItem question={q} />}</For>
          </ol>
        </section>
      )}
    </For>
  </section>
);

const QuestionItem: Component<{ question: NumberedQuestion }> = (props) => (
  <li class="likely-question">
    {/* The list's own numbering is what assistive technology reads; this is its visible form. */}
    <span class="q-number" aria-hidden="true">
      {props.question.n}
    </span>
    <p class="question-text">{props.question.question}</p>
    <Show when={props.question.whyLikely.trim()}>
      <p class="question-why">
        <span class="label">Why it is likely:</span> {props.question.whyLikely}
      </p>
    </Show>
    <Show when={props.question.cvFacts.length > 0}>
      <div class="question-facts">
        <span class="label">From your CV:</span>{' '}
        <ul>
          <For each={props.question.cvFacts}>{(fact) => <li>{fact}</li>}</For>
        </ul>
      </div>
    </Show>
  </li>
);
