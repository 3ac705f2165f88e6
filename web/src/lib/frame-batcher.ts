// Collects items as they arrive and hands them over together, at most once per frame: many
// small messages (captions, state, levels) become one delivery and one render, instead of a
// render per message. The scheduler decides what "a frame" is (frame-scheduler.ts), so a test
// can drive it by hand.

/** Runs a callback at the next frame; `cancel` forgets one not yet run. */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(id: number): void;
}

export interface FrameBatcher<T> {
  /** Queues an item for the next delivery; the first item of a batch asks for a frame. */
  push(item: T): void;
  /** Delivers what is queued now (in arrival order), e.g. before an item that must not wait. */
  flush(): void;
  /** Drops what is queued and cancels the frame: nothing is delivered afterwards. */
  dispose(): void;
}

export function createFrameBatcher<T>(scheduler: FrameScheduler, deliver: (items: T[]) => void): FrameBatcher<T> {
  let queued: T[] = [];
  let frame: number | undefined;
  let disposed = false;

  const flush = () => {
    if (frame !== undefined) scheduler.cancel(frame);
    frame = undefined;
    if (queued.length === 0) return;
    const items = queued;
    queued = [];
    deliver(items);
  };

  return {
    push(item) {
      if (disposed) return;
      queued.push(item);
      if (frame !== undefined) return;
      // A scheduler may run the callback at once (a test's, or one with no frames to wait for).
      let ran = false;
      const id = scheduler.request(() => {
        ran = true;
        frame = undefined;
        flush();
      });
      if (!ran) frame = id;
    },
    flush,
    dispose() {
      disposed = true;
      if (frame !== undefined) scheduler.cancel(frame);
      frame = undefined;
      queued = [];
    },
  };
}
