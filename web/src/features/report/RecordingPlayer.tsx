import { createResource, onCleanup, Show, type Component } from 'solid-js';
import type { Store } from '../../services/storage/types';

/** The interview's recording, when recording was on; nothing at all when there is none. */
export const RecordingPlayer: Component<{ interviewId: string; store: Pick<Store, 'getRecording'> }> = (props) => {
  let url: string | undefined;
  const [recording] = createResource(
    () => props.interviewId,
    async (id) => {
      const stored = await props.store.getRecording(id).catch(() => undefined);
      if (!stored) return undefined;
      url = URL.createObjectURL(stored.blob);
      return { url, mimeType: stored.mimeType };
    },
  );
  onCleanup(() => {
    if (url) URL.revokeObjectURL(url);
  });
  return (
    <Show when={recording()}>
      {(r) => (
        <section class="report-section recording no-print" aria-labelledby="recording-heading">
          <h2 id="recording-heading">Recording</h2>
          <audio controls preload="metadata" src={r().url}>
            <p>This browser cannot play the recording.</p>
          </audio>
        </section>
      )}
    </Show>
  );
};
