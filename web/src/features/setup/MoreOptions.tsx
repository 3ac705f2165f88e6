import { onMount, type ParentComponent } from 'solid-js';
import { loadMoreOpen, saveMoreOpen } from './more-options';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/**
 * The setup's second part, behind a disclosure that remembers whether it was open. `onOpen` is
 * called whenever it is open (also when it starts open), so parts inside can load on first use.
 */
export const MoreOptions: ParentComponent<{ summary: string; onOpen?: () => void }> = (props) => {
  let details: HTMLDetailsElement | undefined;
  onMount(() => details?.open && props.onOpen?.());
  return (
    <details
      ref={details}
      class="card more-options"
      open={loadMoreOpen(storage())}
      onToggle={(e) => {
        saveMoreOpen(storage(), e.currentTarget.open);
        if (e.currentTarget.open) props.onOpen?.();
      }}
    >
      <summary>
        <span class="more-title">Interviewer, microphone and more</span>
        <span class="more-summary">{props.summary}</span>
      </summary>
      <div class="more-body">{props.children}</div>
    </details>
  );
};
