import { For, Show, type Component } from 'solid-js';
import type { KeptPrepContent } from '../../../../contracts/prep-schema.ts';
import { AdviceCard } from './AdviceCard';

// What to say, beside what will be asked: the "tell me about yourself" outline, STAR stories from
// the CV, concepts to revise and situational questions. A pack made before answer material has
// none of these, and shows none of these sections.

const IntroOutline: Component<{ outline: NonNullable<KeptPrepContent['introOutline']> }> = (props) => (
  <section class="prep-section prep-card" aria-labelledby="prep-intro-title">
    <h2 id="prep-intro-title">“Tell me about yourself”: an outline</h2>
    <p>{props.outline.opening}</p>
    <ol class="advice-list">
      <For each={props.outline.points}>{(point) => <li>{point}</li>}</For>
    </ol>
    <p>{props.outline.close}</p>
  </section>
);

const Stories: Component<{ stories: NonNullable<KeptPrepContent['stories']> }> = (props) => (
  <section class="prep-section" aria-labelledby="prep-stories-title">
    <h2 id="prep-stories-title">Your stories (STAR)</h2>
    <p class="advice-detail">Words in [brackets] are facts only you know: fill them in before the interview.</p>
    <For each={props.stories}>
      {(story) => (
        <article class="prep-card star-story" aria-label={story.title}>
          <h3>{story.title}</h3>
          <Show when={story.cvEpisode}>
            <p class="advice-detail">From your CV: {story.cvEpisode}</p>
          </Show>
          <dl class="star-parts">
            <dt>Situation</dt>
            <dd>{story.situation}</dd>
            <dt>Task</dt>
            <dd>{story.task}</dd>
            <dt>Action</dt>
            <dd>{story.action}</dd>
            <dt>Result</dt>
            <dd>{story.result}</dd>
          </dl>
          <Show when={story.fitsQuestions.length > 0}>
            <p class="advice-detail">Answers: {story.fitsQuestions.join(' · ')}</p>
          </Show>
        </article>
      )}
    </For>
  </section>
);

export const AnswerMaterial: Component<{ content: KeptPrepContent }> = (props) => (
  <>
    <Show when={props.content.introOutline}>{(outline) => <IntroOutline outline={outline()} />}</Show>
    <Show when={props.content.stories?.length}>
      <Stories stories={props.content.stories ?? []} />
    </Show>
    <div class="prep-two-up">
      <AdviceCard
        id="prep-concepts-title"
        title="Concepts to revise"
        points={(props.content.concepts ?? []).map((c) => ({ lead: c.concept, detail: c.why }))}
      />
      <AdviceCard
        id="prep-situational-title"
        title="What would you do if…"
        points={(props.content.situational ?? []).map((s) => ({ lead: s.question, detail: s.approach }))}
      />
    </div>
  </>
);
