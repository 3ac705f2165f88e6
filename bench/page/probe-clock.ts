import type { CaptureClock, ProbeRecords } from './probe-records.ts';

// The probe's side of dating capture frames the page never sees: the capture worklet stamps each
// frame with its context time and posts it straight to the Live worker, so the page only samples
// that context's clock (getOutputTimestamp(), as the app's own rule in context-clock.ts does at
// delivery), a few times a second; Node maps each frame's stamp with the sample nearest its
// delivery (bench/live/frame-times.ts). This timer is the probe's, not the app's.

export const CLOCK_SAMPLE_MS = 250;

function sample(ctx: AudioContext, clock: CaptureClock): void {
  const stamp = ctx.getOutputTimestamp();
  clock.samples.push({
    at: performance.now(),
    currentTime: ctx.currentTime,
    contextTime: stamp.contextTime ?? 0,
    performanceTime: stamp.performanceTime ?? 0,
    aheadMs: ((ctx.baseLatency || 0) + (ctx.outputLatency || 0)) * 1000,
  });
}

/** Samples the capture context's clock until the context closes. */
export function sampleCaptureClock(r: ProbeRecords, ctx: BaseAudioContext): void {
  if (!(ctx instanceof AudioContext)) return;
  const clock: CaptureClock = { createdAt: performance.now(), samples: [] };
  r.captureClocks.push(clock);
  sample(ctx, clock);
  const timer = setInterval(() => {
    if (ctx.state === 'closed') clearInterval(timer);
    else sample(ctx, clock);
  }, CLOCK_SAMPLE_MS);
}
