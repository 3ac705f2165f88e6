import { onCleanup, onMount, Show, type Component } from 'solid-js';
import { turnKeyDown, turnKeyUp, type TurnKeyAction } from './turn/turn-keys';
import type { TurnDisplay } from './turn/turn-display';

/**
 * The candidate's own say over their turn, as in Interview Warmup: "Still thinking" (hold it,
 * or hold Space) keeps the turn, "Done" (or Enter) hands it over at once. A ring counts down
 * while the room is about to hand over; speaking again cancels it.
 */
export const TurnControls: Component<{
  turn: TurnDisplay;
  onHold: (held: boolean) => void;
  onDone: () => void;
}> = (props) => {
  const act = (action: TurnKeyAction | undefined, e: KeyboardEvent) => {
    if (!action) return;
    e.preventDefault(); // Space would scroll the page
    if (action === 'done') props.onDone();
    else props.onHold(action === 'hold');
  };
  const down = (e: KeyboardEvent) => act(turnKeyDown(e), e);
  const up = (e: KeyboardEvent) => act(turnKeyUp(e), e);
  onMount(() => {
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
  });
  onCleanup(() => {
    window.removeEventListener('keydown', down);
    window.removeEventListener('keyup', up);
  });
  /** The button itself: pressed and held by pointer, or by Space / Enter while focused. */
  const buttonKey = (e: KeyboardEvent, held: boolean) => {
    if ((e.key !== ' ' && e.key !== 'Enter') || e.repeat) return;
    e.preventDefault();
    e.stopPropagation();
    props.onHold(held);
  };
  const countdown = () => (props.turn.status === 'countdown' ? props.turn : undefined);

  return (
    <div class="turn-controls">
      <button
        type="button"
        class="button"
        aria-pressed={props.turn.status === 'held'}
        aria-describedby="turn-keys-hint"
        onPointerDown={() => props.onHold(true)}
        onPointerUp={() => props.onHold(false)}
        onPointerLeave={() => props.turn.status === 'held' && props.onHold(false)}
        onPointerCancel={() => props.onHold(false)}
        onKeyDown={(e) => buttonKey(e, true)}
        onKeyUp={(e) => buttonKey(e, false)}
      >
        Still thinking
      </button>
      <button type="button" class="button primary" onClick={() => props.onDone()}>
        Done
      </button>
      <p id="turn-keys-hint" class="turn-hint">
        Hold Space to keep your turn, press Enter when you have finished.
      </p>
      <div class="turn-ring-slot">
        <Show when={countdown()} keyed>
          {(c) => <span class="turn-ring" aria-hidden="true" style={{ 'animation-duration': `${c.leftMs}ms` }} />}
        </Show>
        <p class="turn-ring-text" role="status" aria-live="polite">
          {countdown()
            ? 'Handing over to the interviewer… keep talking to go on.'
            : props.turn.status === 'held'
              ? 'Your turn is held.'
              : ''}
        </p>
      </div>
    </div>
  );
};
