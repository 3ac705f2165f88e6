import { sampleCaptureClock } from './probe-clock.ts';
import { fingerprintPcm16 } from './probe-fingerprint.ts';
import type { ProbeRecords } from './probe-records.ts';
import { floatToInt16 } from '../../web/src/lib/pcm.ts';
import { FRAME_SAMPLES, SAMPLES_PER_MS, SPEECH_GAP_MS, VOICED_RMS } from './probe-state.ts';

// The probe's capture side: every microphone chunk the app's audio graph hands to the main
// thread, its capture time by the app's own rule, and the stretches of speech in it.

/**
 * The app's own conversion (context-clock.ts): when the graph processed the sample at
 * `contextTime`. Like the app, it never answers later than now; `capped` says it had to clamp.
 */
export function processedAt(ctx: BaseAudioContext, contextTime: number): { at: number; capped: boolean } {
  const now = performance.now();
  if (!(ctx instanceof AudioContext)) return { at: now, capped: true };
  const stamp = ctx.getOutputTimestamp();
  if (stamp.contextTime && stamp.performanceTime) {
    const renderAheadMs = ((ctx.baseLatency || 0) + (ctx.outputLatency || 0)) * 1000;
    const at = stamp.performanceTime + (contextTime - stamp.contextTime) * 1000 - renderAheadMs;
    return { at: Math.min(at, now), capped: at > now };
  }
  return { at: now - Math.max(0, ctx.currentTime - contextTime) * 1000, capped: false };
}

export function noteCapture(
  r: ProbeRecords,
  processed: { at: number; capped: boolean },
  samples: ArrayLike<number>,
  fullScale: number,
  key: number,
): void {
  const capturedAt = processed.at;
  if (processed.capped) r.cappedCaptureTimes++;
  r.captures.push({ capturedAt, deliveredAt: performance.now(), samples: samples.length, sentAt: -1, socket: -1, key });
  for (let from = 0; from < samples.length; from += FRAME_SAMPLES) {
    const to = Math.min(samples.length, from + FRAME_SAMPLES);
    let sum = 0;
    for (let i = from; i < to; i++) sum += ((samples[i] ?? 0) / fullScale) ** 2;
    if (Math.sqrt(sum / (to - from)) <= VOICED_RMS) continue;
    const start = capturedAt - (samples.length - from) / SAMPLES_PER_MS;
    const end = capturedAt - (samples.length - to) / SAMPLES_PER_MS;
    const last = r.speech.at(-1);
    if (last && start - last.end <= SPEECH_GAP_MS) last.end = end;
    else r.speech.push({ start, end });
  }
}

/** Our player's stretch counters, as its status reports them (each only grows). */
function noteStretch(r: ProbeRecords, data: object): void {
  const { stretchedSamples, playedSamples, maxStretchRate } = data as Record<string, unknown>;
  if (typeof stretchedSamples !== 'number' || typeof playedSamples !== 'number' || typeof maxStretchRate !== 'number')
    return;
  const s = r.playerStretch;
  [s.inserted, s.played, s.maxRate] = [
    Math.max(s.inserted, stretchedSamples),
    Math.max(s.played, playedSamples),
    Math.max(s.maxRate, maxStretchRate),
  ];
}

/** Capture chunks and player status come through worklet ports; a listener added first sees them first. */
export function watchWorklets(r: ProbeRecords, Native: typeof AudioWorkletNode): void {
  window.AudioWorkletNode = class extends Native {
    constructor(ctx: BaseAudioContext, name: string, options?: AudioWorkletNodeOptions) {
      super(ctx, name, options);
      // The app's capture worklet (CAPTURE_PROCESSOR): its frames may go to a worker, dated on this clock.
      if (name === 'mockingbird-capture') sampleCaptureClock(r, ctx);
      this.port.addEventListener('message', (event: MessageEvent<unknown>) => {
        const data = event.data as { type?: unknown; pcm?: unknown; endTime?: unknown; underruns?: unknown } | null;
        if (data?.type === 'chunk' && data.pcm instanceof Int16Array && typeof data.endTime === 'number') {
          noteCapture(r, processedAt(ctx, data.endTime), data.pcm, 32768, fingerprintPcm16(data.pcm));
        } else if (data?.type === 'status' && typeof data.underruns === 'number') {
          r.playerUnderruns = Math.max(r.playerUnderruns, data.underruns);
          noteStretch(r, data);
        }
      });
    }
  };
}

/** The baseline's ScriptProcessor: the same rule as its own code for when the input block ended. */
export function watchScriptProcessors(r: ProbeRecords): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call below
  const native = BaseAudioContext.prototype.createScriptProcessor;
  BaseAudioContext.prototype.createScriptProcessor = function (
    this: BaseAudioContext,
    ...args: Parameters<BaseAudioContext['createScriptProcessor']>
  ) {
    const node = native.apply(this, args);
    node.addEventListener('audioprocess', (event: AudioProcessingEvent) => {
      const input = event.inputBuffer.getChannelData(0);
      const endTime = event.playbackTime - input.length / this.sampleRate;
      // Fingerprinted as the baseline sends it: the app's own float → PCM16 rule (lib/pcm.ts, a probe part).
      noteCapture(r, processedAt(this, endTime), input, 1, fingerprintPcm16(floatToInt16(input)));
    });
    return node;
  };
}
