import { For, Show, type Component } from 'solid-js';
import type { Turn } from '../../lib/interview';
import type { Replay } from './create-replay';
import type { PerQuestionFeedback } from './question-answers';
import { questionViews } from './question-answers';
import { CriterionScore } from './RubricSection';
import { focusTurn } from './focus-turn';
import { turnAnchor } from './TranscriptSection';

/**
 * Question by question: the question, the candidate's own answer quoted from the transcript
 * (with its audio when recorded), what worked and what was missing, and a stronger answer that
 * is clearly marked as an example.
 */
export const QuestionSection: Component<{
  perQuestion: readonly PerQuestionFeedback[];
  turns: readonly Turn[];
  replay?: Replay;
}> = (props) => {
  const views = () => questionViews(props.perQuestion, props.turns);
  return (
    <Show when={views().length > 0}>
      <section class="report-section" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Question by question</h2>
        <ol class="question-notes">
          <For each={views()}>
            {(view, i) => (
              <li aria-labelledby={`question-${i()}`}>
                <div class="question-note-head">
                  <h3 id={`question-${i()}`}>{view.note.question}</h3>
                  <CriterionScore score={view.note.score} />
                </div>
                <Show
                  when={view.answers.length > 0}
                  fallback={<p class="hint">Your answer could not be matched to the transcript.</p>}
                >
                  <p class="evidence-label">Your answer</p>
                  <blockquote class="own-answer">
                    <For each={view.answers}>{(turn) => <p>{turn.text}</p>}</For>
                  </blockquote>
                  <p class="answer-links no-print">
                    <Show when={view.answers.some((turn) => props.replay?.spanOf(turn.seq))}>
                      <button
                        type="button"
                        class="link-button"
                        onClick={() => props.replay?.playTurns(view.answers.map((turn) => turn.seq))}
                        aria-label={`Play your answer to: ${view.note.question}`}
                      >
                        ▶ Play your answer
                      </button>
                    </Show>
                    <a
                      href={`#${turnAnchor((view.questionTurn ?? view.answers[0])?.seq ?? 0)}`}
                      onClick={(event) => {
                        if (focusTurn((view.questionTurn ?? view.answers[0])?.seq ?? 0)) event.preventDefault();
                      }}
                    >
                      See it in the transcript
                    </a>
                  </p>
                </Show>
                <Show when={view.note.legacyNote}>{(n) => <p>{n()}</p>}</Show>
                <Show when={view.note.whatWorked}>
                  <p>
                    <strong>What worked:</strong> {view.note.whatWorked}
                  </p>
                </Show>
                <Show when={view.note.whatWasMissing}>
                  <p>
                    <strong>What was missing:</strong> {view.note.whatWasMissing}
                  </p>
                </Show>
                <Show when={view.note.exampleAnswer}>
                  <p class="evidence-label">
                    Example of a stronger answer, built from your own words ([brackets] are facts for you to fill in)
                  </p>
                  <blockquote class="example-answer">{view.note.exampleAnswer}</blockquote>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </section>
    </Show>
  );
};
