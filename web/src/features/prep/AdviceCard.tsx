import { For, Show, type Component, type JSX } from 'solid-js';

// One card of the pack's advice: a heading over a list of points, each a bold lead and its
// detail (strengths, gaps, concepts to revise, situational questions). Hidden when empty.

export interface AdvicePoint {
  lead: string;
  detail: JSX.Element;
}

export const AdviceCard: Component<{ id: string; title: string; kind?: string; points: readonly AdvicePoint[] }> = (
  props,
) => (
  <Show when={props.points.length > 0}>
    <section class={['prep-section', 'prep-card', props.kind].filter(Boolean).join(' ')} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <ul class="advice-list">
        <For each={props.points}>
          {(point) => (
            <li>
              <strong>{point.lead}</strong> <span class="advice-detail">{point.detail}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  </Show>
);
