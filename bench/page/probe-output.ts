import type { AudibleOnset, ProbeRecords } from './probe-records.ts';
import { TAP_PROCESSOR } from './probe-state.ts';

// The probe's output side: when sound becomes audible at each AudioContext's destination, the runs
// of exact zeros between sounds there (every player's underruns, one instrument), the baseline
// player's own underrun count, and the trusted click on "Start interview".

/** When the sample at `frame` of `ctx` reaches the speakers (`at`) and when the graph rendered it. */
function frameTimes(ctx: BaseAudioContext, frame: number): { at: number; renderedAt: number } {
  const contextTime = frame / ctx.sampleRate;
  let at = performance.now() - Math.max(0, ctx.currentTime - contextTime) * 1000;
  let aheadMs = 0;
  if (ctx instanceof AudioContext) {
    const stamp = ctx.getOutputTimestamp();
    if (stamp.contextTime && stamp.performanceTime)
      at = stamp.performanceTime + (contextTime - stamp.contextTime) * 1000;
    aheadMs = ((ctx.baseLatency || 0) + (ctx.outputLatency || 0)) * 1000;
  }
  return { at, renderedAt: at - aheadMs };
}

/** Contexts that have sounded: their device underruns are the players'. */
const sounded = new Set<AudioContext>();

export function noteOnset(r: ProbeRecords, ctx: BaseAudioContext, frame: number): void {
  const onset: AudibleOnset = { ...frameTimes(ctx, frame), sampleRate: ctx.sampleRate };
  r.onsets.push(onset);
  if (ctx instanceof AudioContext) sounded.add(ctx);
}

interface PlaybackStats {
  underrunEvents: number;
  underrunDuration: number;
}

/** Sums Chromium's AudioContext.playbackStats over the contexts that sounded (closed ones keep their last). */
function refreshDeviceStats(r: ProbeRecords): void {
  let [events, seconds] = [0, 0];
  for (const ctx of sounded) {
    const stats = (ctx as AudioContext & { playbackStats?: PlaybackStats }).playbackStats;
    if (!stats) continue;
    events += stats.underrunEvents;
    seconds += stats.underrunDuration;
  }
  r.device = {
    underrunEvents: Math.max(r.device.underrunEvents, events),
    underrunMs: Math.max(r.device.underrunMs, seconds * 1000),
  };
}

/** A run of exact zeros that sound ended (zero-runs.ts), in render time. */
function noteGap(r: ProbeRecords, ctx: BaseAudioContext, frame: number, frames: number): void {
  r.outputGaps.push({
    start: frameTimes(ctx, frame).renderedAt,
    end: frameTimes(ctx, frame + frames).renderedAt,
  });
}

type TapMessage = { frame: number } | { gapFrame: number; gapFrames: number };

/** Every node that feeds a destination also feeds a tap worklet that reports silence → sound. */
export function watchOutput(r: ProbeRecords, tapSource: string, Native: typeof AudioWorkletNode): void {
  const url = URL.createObjectURL(new Blob([tapSource], { type: 'text/javascript' }));
  const modules = new WeakMap<BaseAudioContext, Promise<void>>();
  const taps = new WeakMap<BaseAudioContext, AudioWorkletNode>();
  const tapNodes = new WeakSet<AudioNode>();
  const load = (ctx: BaseAudioContext): Promise<void> => {
    const loaded = modules.get(ctx) ?? ctx.audioWorklet.addModule(url);
    modules.set(ctx, loaded);
    return loaded;
  };
  window.__benchRefreshDevice = () => refreshDeviceStats(r);
  const NativeContext = window.AudioContext;
  window.AudioContext = class extends NativeContext {
    constructor(options?: AudioContextOptions) {
      super(options);
      load(this).catch(() => undefined);
    }
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with Reflect.apply below
  const nativeConnect = AudioNode.prototype.connect;
  const tapInto = async (source: AudioNode): Promise<void> => {
    const ctx = source.context;
    await load(ctx);
    let tap = taps.get(ctx);
    if (!tap) {
      tap = new Native(ctx, TAP_PROCESSOR, { numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1] });
      tapNodes.add(tap);
      tap.port.onmessage = (event: MessageEvent<TapMessage>) => {
        const m = event.data;
        if ('frame' in m) noteOnset(r, ctx, m.frame);
        else noteGap(r, ctx, m.gapFrame, m.gapFrames);
      };
      Reflect.apply(nativeConnect, tap, [ctx.destination]);
      taps.set(ctx, tap);
    }
    Reflect.apply(nativeConnect, source, [tap]);
  };
  AudioNode.prototype.connect = function (this: AudioNode, ...args: unknown[]): unknown {
    const result: unknown = Reflect.apply(nativeConnect, this, args);
    if (args[0] instanceof AudioDestinationNode && !tapNodes.has(this)) tapInto(this).catch(() => undefined);
    return result;
  } as AudioNode['connect'];
}

/** The baseline player's underrun rule: the queue ran dry and was refilled within a second. */
export function watchSourcePerChunkPlayer(r: ProbeRecords): void {
  const scheduledEnd = new WeakMap<BaseAudioContext, number>();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply below
  const nativeStart = AudioBufferSourceNode.prototype.start;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply below
  const nativeStop = AudioBufferSourceNode.prototype.stop;
  AudioBufferSourceNode.prototype.start = function (
    this: AudioBufferSourceNode,
    ...args: Parameters<AudioBufferSourceNode['start']>
  ) {
    const now = this.context.currentTime;
    const end = scheduledEnd.get(this.context) ?? 0;
    if (end > 0 && end < now && now - end < 1) r.baselineUnderruns++;
    scheduledEnd.set(this.context, Math.max(args[0] ?? 0, now) + (this.buffer?.duration ?? 0));
    nativeStart.apply(this, args);
  };
  AudioBufferSourceNode.prototype.stop = function (
    this: AudioBufferSourceNode,
    ...args: Parameters<AudioBufferSourceNode['stop']>
  ) {
    // A flush (barge-in) empties the queue on purpose: the next chunk starts a new utterance.
    scheduledEnd.set(this.context, 0);
    nativeStop.apply(this, args);
  };
}

export function watchStartClick(r: ProbeRecords): void {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (event.isTrusted && button?.textContent?.trim() === 'Start interview') r.startClickAt = event.timeStamp;
    },
    true,
  );
}
