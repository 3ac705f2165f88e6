import { Show, type Component } from 'solid-js';
import { madeFrom } from './prep-markdown';
import type { PrepPack } from '../../services/storage/prep-pack';

/** "4 Mar 2025, 14:05" in the reader's own locale and time zone. */
const formatWhen = (epochMs: number) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);

/** Topic, level, job, date, what the pack was made from, and what the interview will test. */
export const PrepHeader: Component<{ pack: PrepPack; createdAt: number }> = (props) => {
  const job = () => props.pack.setup.jobDescription?.title.trim();
  return (
    <header class="prep-head">
      <p class="eyebrow">Preparation pack</p>
      <h1>{props.pack.setup.topic}</h1>
      <dl class="fact-list">
        <div>
          <dt>Level</dt>
          <dd>{props.pack.setup.level}</dd>
        </div>
        <Show when={job()}>
          <div>
            <dt>Job</dt>
            <dd>{job()}</dd>
          </div>
        </Show>
        <div>
          <dt>Made</dt>
          <dd>
            <time datetime={new Date(props.createdAt).toISOString()}>{formatWhen(props.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>{madeFrom(props.pack)}</dd>
        </div>
      </dl>
      <Show when={props.pack.content.focus.trim()}>
        <p class="prep-focus">{props.pack.content.focus}</p>
      </Show>
    </header>
  );
};
