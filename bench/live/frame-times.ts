import type { CaptureClock, CaptureRecord, ClockSample, FrameRecord } from '../page/probe-records.ts';

// Capture frames the Live worker received, as capture records on the page's clock. Each frame
// carries the worklet's stamp (context time at its last sample); the page sampled that context's
// clock a few times a second (bench/page/probe-clock.ts), and the sample taken last before the
// frame arrived maps the stamp by the app's own rule (web/src/services/audio/context-clock.ts):
// the output timestamp's performance time, moved by the context time between them, less the
// base and output latencies. Before the context's first render its current time is used, as the
// app does. A time later than the frame's arrival is clamped to it and counted, as on the page.

function processedAt(sample: ClockSample, endTime: number): number {
  if (sample.contextTime > 0 && sample.performanceTime > 0)
    return sample.performanceTime + (endTime - sample.contextTime) * 1000 - sample.aheadMs;
  return sample.at - Math.max(0, sample.currentTime - endTime) * 1000;
}

/** The capture context that was running when a frame arrived, and its last sample before then. */
function sampleFor(clocks: readonly CaptureClock[], arrivedAt: number): ClockSample | undefined {
  const clock = clocks.filter((c) => c.createdAt <= arrivedAt).at(-1);
  if (!clock) return undefined;
  return clock.samples.filter((s) => s.at <= arrivedAt).at(-1) ?? clock.samples[0];
}

/** `offsetMs`: the worker's time origin minus the page's (add it to a worker time for page time). */
export function framesToCaptures(
  frames: readonly FrameRecord[],
  clocks: readonly CaptureClock[],
  offsetMs: number,
): { captures: CaptureRecord[]; capped: number } {
  const captures: CaptureRecord[] = [];
  let capped = 0;
  for (const frame of frames) {
    const deliveredAt = frame.deliveredAt + offsetMs;
    const sample = sampleFor(clocks, deliveredAt);
    if (!sample) continue;
    const at = processedAt(sample, frame.endTime);
    if (at > deliveredAt) capped++;
    captures.push({
      capturedAt: Math.min(at, deliveredAt),
      deliveredAt,
      samples: frame.samples,
      sentAt: -1,
      socket: -1,
      key: frame.key,
    });
  }
  return { captures, capped };
}
