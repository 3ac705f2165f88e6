import { Show, type Component } from 'solid-js';
import type { Turn } from '../../lib/interview';
import { formatClock } from '../../lib/format-time';
import type { Replay } from './create-replay';

/** "Play from here" for any recorded line; an answer also gets "Play this answer", which stops at its end. */
export const ReplayButtons: Component<{ replay: Replay; turn: Pick<Turn, 'seq' | 'role'> }> = (props) => {
  const span = () => props.replay.spanOf(props.turn.seq);
  return (
    <Show when={span()}>
      {(s) => (
        <span class="replay-buttons no-print">
          <button
            type="button"
            class="link-button"
            onClick={() => props.replay.play(props.turn.seq)}
            aria-label={`Play the recording from ${formatClock(s().startMs)}`}
          >
            ▶ {formatClock(s().startMs)}
          </button>
          <Show when={props.turn.role === 'candidate'}>
            <button type="button" class="link-button" onClick={() => props.replay.play(props.turn.seq, true)}>
              Play this answer
            </button>
          </Show>
        </span>
      )}
    </Show>
  );
};
