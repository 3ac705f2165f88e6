import { For, Show, type Component } from 'solid-js';
import type { Turn } from '../../lib/interview';
import { formatClock } from '../../lib/transcript-export';

const SPEAKER = { interviewer: 'Interviewer', candidate: 'You' } as const;

export const TranscriptSection: Component<{ turns: Turn[] }> = (props) => {
  const ordered = () => [...props.turns].sort((a, b) => a.seq - b.seq);
  return (
    <section class="report-section transcript" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">Transcript</h2>
      <Show when={ordered().length > 0} fallback={<p>Nothing was said in this interview.</p>}>
        <ol class="transcript-list">
          <For each={ordered()}>
            {(turn) => (
              <li class={`transcript-turn ${turn.role}`}>
                <p class="turn-meta">
                  <span class="turn-speaker">{SPEAKER[turn.role]}</span>
                  <span class="turn-time">
                    <span class="visually-hidden">at </span>
                    {formatClock(turn.startMs)}
                  </span>
                </p>
                <p class="turn-text">{turn.text}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
};
