import { A } from '@solidjs/router';
import { For, Show, type Component } from 'solid-js';
import type { KeptPrepContent } from '../../../../contracts/prep-schema.ts';
import { AdviceCard } from './AdviceCard';

/** Strengths to bring up and gaps to be ready for, side by side on a wide page. */
export const StrengthsAndGaps: Component<{ content: KeptPrepContent }> = (props) => (
  <div class="prep-two-up">
    <AdviceCard
      id="prep-strengths-title"
      title="Strengths to highlight"
      kind="strengths"
      points={props.content.strengths.map((s) => ({ lead: s.strength, detail: s.howToShow }))}
    />
    <AdviceCard
      id="prep-gaps-title"
      title="Gaps to prepare for"
      kind="gaps"
      points={props.content.gaps.map((g) => ({
        lead: g.gap,
        detail: (
          <>
            <span class="label">Angle:</span> {g.angle}
          </>
        ),
      }))}
    />
  </div>
);

export const QuestionsToAsk: Component<{ questions: string[] }> = (props) => (
  <Show when={props.questions.length > 0}>
    <section class="prep-section prep-ask" aria-labelledby="prep-ask-title">
      <h2 id="prep-ask-title">Questions to ask the interviewer</h2>
      <ol>
        <For each={props.questions}>{(q) => <li>{q}</li>}</For>
      </ol>
    </section>
  </Show>
);

/** For a pack made from little input: what would make it specific. Printed too, as a reminder. */
export const SharpenNotice: Component<{ advice: string[] }> = (props) => (
  <Show when={props.advice.length > 0}>
    <aside class="prep-sharpen" aria-labelledby="prep-sharpen-title">
      <h2 id="prep-sharpen-title">What would sharpen this pack</h2>
      <ul>
        <For each={props.advice}>{(line) => <li>{line}</li>}</For>
      </ul>
      <p class="no-print">
        Add them on the <A href="/">setup screen</A> and press <strong>Prepare</strong> again for a pack about you and
        this job.
      </p>
    </aside>
  </Show>
);
