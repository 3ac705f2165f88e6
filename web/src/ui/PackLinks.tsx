import { A } from '@solidjs/router';
import { For, Show, type Component } from 'solid-js';
import type { PackLink } from './pack-links';
import './pack-links.css';

const formatDay = (epochMs: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(epochMs);

/** A titled list of links to preparation packs; renders nothing when there are none. */
export const PackLinks: Component<{ links: PackLink[]; title: string; headingId: string; class?: string }> = (
  props,
) => (
  <Show when={props.links.length > 0}>
    <nav class={`prep-others no-print ${props.class ?? ''}`} aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.title}</h2>
      <ul>
        <For each={props.links}>
          {(link) => (
            <li>
              <A href={`/prep/${encodeURIComponent(link.id)}`}>{link.topic}</A>{' '}
              <time class="muted" datetime={new Date(link.createdAt).toISOString()}>
                {formatDay(link.createdAt)}
              </time>
            </li>
          )}
        </For>
      </ul>
    </nav>
  </Show>
);
