import { createEffect, createMemo, For, on, type Component } from 'solid-js';
import type { TranscriptTurn } from './transcript/transcript';

/**
 * Live captions of both speakers, one line per turn. The visible list updates word by word; a
 * separate polite live region announces each line once it is finished, so screen readers are
 * not interrupted by every fragment.
 */
export const Captions: Component<{ turns: TranscriptTurn[] }> = (props) => {
  let list: HTMLOListElement | undefined;
  let pinned = true;
  const lastFinished = createMemo(() => props.turns.findLast((t) => !t.open));
  const announcement = () => {
    const t = lastFinished();
    return t ? `${t.role === 'interviewer' ? 'Interviewer' : 'You'}: ${t.text}` : '';
  };
  const totalText = () => props.turns.reduce((n, t) => n + t.text.length, 0);

  // Follow the conversation unless the candidate scrolled up to reread something.
  createEffect(on(totalText, () => list && pinned && (list.scrollTop = list.scrollHeight)));

  return (
    <section class="captions" aria-labelledby="captions-title">
      <h2 id="captions-title">Captions</h2>
      <ol
        ref={list}
        class="caption-list"
        tabindex="0"
        onScroll={(e) =>
          (pinned = e.currentTarget.scrollHeight - e.currentTarget.scrollTop - e.currentTarget.clientHeight < 40)
        }
      >
        <For
          each={props.turns}
          fallback={<li class="caption-empty">Captions appear here as you and the interviewer speak.</li>}
        >
          {(turn) => (
            <li class="caption" data-role={turn.role} data-open={turn.open ? 'true' : undefined}>
              <span class="speaker">{turn.role === 'interviewer' ? 'Interviewer' : 'You'}</span>
              <span class="caption-text">
                {turn.text}
                {turn.interrupted ? ' —' : ''}
              </span>
            </li>
          )}
        </For>
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement()}
      </p>
    </section>
  );
};
