import type { ParentComponent } from 'solid-js';
import { loadMoreOpen, saveMoreOpen } from './more-options';

const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The setup's second part, behind a disclosure that remembers whether it was open. */
export const MoreOptions: ParentComponent<{ summary: string }> = (props) => (
  <details
    class="card more-options"
    open={loadMoreOpen(storage())}
    onToggle={(e) => saveMoreOpen(storage(), e.currentTarget.open)}
  >
    <summary>
      <span class="more-title">Interviewer, microphone and more</span>
      <span class="more-summary">{props.summary}</span>
    </summary>
    <div class="more-body">{props.children}</div>
  </details>
);
