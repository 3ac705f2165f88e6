// Converts AudioContext time (the audio thread's clock) to performance.now() time (the main
// thread's clock), so a chunk can say when it was captured without trusting when the main
// thread happened to receive it.

export type ContextClock = Pick<AudioContext, 'currentTime' | 'baseLatency' | 'outputLatency' | 'getOutputTimestamp'>;

/**
 * The performance.now() time at which the audio graph processed the sample at `contextTime`.
 *
 * getOutputTimestamp() pairs a context time with the performance time at which that sample
 * leaves the speakers; the graph renders it earlier by the base and output latencies, and the
 * microphone sample processed in the same render quantum reached the graph at that moment.
 * Input latency before the graph (the device and driver) is not exposed by browsers and is not
 * included. Without a usable output timestamp (before the first render, or in old browsers) the
 * context's current time, read now, anchors the mapping instead (accurate to one device buffer).
 */
export function contextTimeToPerformanceTime(
  clock: ContextClock,
  contextTime: number,
  now = performance.now(),
): number {
  const stamp = typeof clock.getOutputTimestamp === 'function' ? clock.getOutputTimestamp() : undefined;
  if (stamp?.contextTime && stamp.performanceTime) {
    const renderAheadMs = ((clock.baseLatency || 0) + (clock.outputLatency || 0)) * 1000;
    const processedAt = stamp.performanceTime + (contextTime - stamp.contextTime) * 1000 - renderAheadMs;
    // A sample cannot have been processed after the moment we are asked about it.
    return Math.min(processedAt, now);
  }
  return now - Math.max(0, clock.currentTime - contextTime) * 1000;
}
