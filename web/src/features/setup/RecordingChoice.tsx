import { createResource, createSignal, onCleanup, onMount, type Component } from 'solid-js';
import { afterPaint } from '../../lib/after-paint';
import type { Store } from '../../services/storage/types';
import { recordingEstimateText } from './recording-estimate';

/** "Record this interview": off unless chosen, with the space it needs shown before the start. */
export const RecordingChoice: Component<{
  checked: boolean;
  lengthMinutes: number;
  store: Pick<Store, 'estimateUsage'>;
  onChange: (checked: boolean) => void;
}> = (props) => {
  // Asked once the screen has been painted: the answer needs the store's code, which is not part of
  // the first screen (asked at mount, its download raced the screen's first paint).
  const [shown, setShown] = createSignal(false);
  onMount(() => onCleanup(afterPaint(() => setShown(true))));
  const [free] = createResource(shown, async () => {
    const usage = await props.store.estimateUsage().catch(() => undefined);
    return usage?.quotaBytes === undefined ? undefined : Math.max(0, usage.quotaBytes - usage.usedBytes);
  });
  // Read only once known: reading a resource still loading would suspend the whole setup screen
  // until storage has loaded and answered, and the free space is only a hint.
  const freeBytes = () => (free.state === 'ready' ? free() : undefined);
  return (
    <div class="field checkbox-field recording-choice">
      <input
        id="setup-record"
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        aria-describedby="setup-record-hint"
      />
      <label class="field-label" for="setup-record">
        Record this interview on this device
      </label>
      <p id="setup-record-hint" class="hint">
        Both voices, kept only in this browser so you can hear your answers beside the transcript.{' '}
        {recordingEstimateText(props.lengthMinutes, freeBytes())}
      </p>
    </div>
  );
};
