import { fingerprintPcm16 } from './probe-fingerprint.ts';
import type { ProbeRecords } from './probe-records.ts';

// Runs in the page's workers (probe-worker.ts): every capture frame a worker's port receives
// from the capture worklet, with the worklet's own capture stamp, the moment it arrived and the
// fingerprint of its bytes, recorded before the app's handler runs. Only the Live worker's are
// merged (bench/page/probe-script.ts), where they are paired with the worker's sends.

interface StampedFrame {
  type: 'capture-frame';
  pcm: Int16Array;
  endTime: number;
}

function isStampedFrame(data: unknown): data is StampedFrame {
  const d = data as Partial<StampedFrame> | null;
  return d?.type === 'capture-frame' && d.pcm instanceof Int16Array && typeof d.endTime === 'number';
}

function noteFrame(r: ProbeRecords, data: unknown): void {
  if (!isStampedFrame(data)) return;
  r.frames.push({
    endTime: data.endTime,
    deliveredAt: performance.now(),
    samples: data.pcm.length,
    key: fingerprintPcm16(data.pcm),
  });
}

/** Wraps the `onmessage` setter of every MessagePort: the app's handler runs after the note. */
export function watchCaptureFrames(r: ProbeRecords): void {
  const native = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call below
  const set = native?.set;
  if (!native || !set) return;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    ...native,
    set(this: MessagePort, handler: ((event: MessageEvent) => unknown) | null) {
      const noted =
        handler &&
        ((event: MessageEvent) => {
          noteFrame(r, event.data);
          return handler.call(this, event);
        });
      set.call(this, noted);
    },
  });
}
