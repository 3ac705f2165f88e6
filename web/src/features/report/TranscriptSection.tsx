import { For, Show, type Component } from 'solid-js';
import type { Turn } from '../../lib/interview';
import { formatClock } from '../../lib/transcript-export';
import type { Replay } from './create-replay';
import { ReplayButtons } from './ReplayButtons';

const SPEAKER = { interviewer: 'Interviewer', candidate: 'You' } as const;

/** The id a per-question link jumps to. */
export const turnAnchor = (seq: number) => `turn-${seq}`;

export const TranscriptSection: Component<{ turns: Turn[]; replay?: Replay }> = (props) => {
  const ordered = () => [...props.turns].sort((a, b) => a.seq - b.seq);
  const hearing = (seq: number) => props.replay?.activeSeq() === seq;
  return (
    <section class="report-section transcript" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">Transcript</h2>
      <Show when={ordered().length > 0} fallback={<p>Nothing was said in this interview.</p>}>
        <ol class="transcript-list">
          <For each={ordered()}>
            {(turn) => (
              <li
                id={turnAnchor(turn.seq)}
                tabindex="-1"
                class={`transcript-turn ${turn.role}`}
                classList={{ hearing: hearing(turn.seq), seekable: props.replay?.spanOf(turn.seq) !== undefined }}
                aria-current={hearing(turn.seq) ? 'true' : undefined}
                // A click anywhere on the line seeks there; the buttons inside do it from the keyboard.
                onClick={(e) => e.target.closest('button') || props.replay?.play(turn.seq)}
              >
                <p class="turn-meta">
                  <span class="turn-speaker">{SPEAKER[turn.role]}</span>
                  <span class="turn-time">
                    <span class="visually-hidden">at </span>
                    {formatClock(turn.startMs)}
                  </span>
                  <Show when={props.replay}>{(replay) => <ReplayButtons replay={replay()} turn={turn} />}</Show>
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
