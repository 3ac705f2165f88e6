// The real PcmPlayer: 24 kHz PCM16 played through an AudioWorklet ring buffer (see
// playback.worklet.ts), never one AudioBufferSourceNode per chunk.
import { DEFAULT_PLAYBACK_TUNING, type PlaybackTuning } from './playback-engine';
import type { PcmPlayer, PcmPlayerStats } from './types';
import {
  isPlaybackStatus,
  PLAYBACK_PROCESSOR,
  type PlaybackCommand,
  type PlaybackStatusMessage,
  type SourcePortMessage,
} from './worklet-messages';
import { playbackWorkletUrl } from './worklet-urls';

export const SOURCE_RATE = 24000;

export interface PcmPlayerOptions extends Partial<PlaybackTuning> {
  /**
   * Receives the node whose output is what the candidate hears, once it exists, so a
   * measurement (tests, the benchmark) can connect an analyser to it.
   */
  tap?: (output: AudioNode) => void;
}

export function createPcmPlayer(options: PcmPlayerOptions = {}): PcmPlayer {
  return new WorkletPcmPlayer(options);
}

const SILENT: PlaybackStatusMessage = {
  type: 'status',
  playing: false,
  level: 0,
  underruns: 0,
  starvedSamples: 0,
  startWaitSamples: 0,
  bufferedSamples: 0,
  droppedSamples: 0,
  stretchedSamples: 0,
  playedSamples: 0,
  maxStretchRate: 0,
};

class WorkletPcmPlayer implements PcmPlayer {
  private readonly playingListeners = new Set<(playing: boolean) => void>();
  private readonly tuning: PlaybackTuning;
  private context: AudioContext | undefined;
  private opening: Promise<void> | undefined;
  /** The context's latest resume(): the browser's answer to "may this page play sound?". */
  private unlocking: Promise<void> | undefined;
  private node: AudioWorkletNode | undefined;
  /** Audio enqueued before the worklet exists; sent as soon as it does. */
  private pending: Int16Array[] = [];
  private muted = false;
  private status = SILENT;

  constructor(private readonly options: PcmPlayerOptions) {
    this.tuning = tuningFrom(options);
  }

  async resume(): Promise<void> {
    if (!this.context || !this.opening) {
      // Created synchronously inside the caller's gesture, so the autoplay policy lets it run.
      this.context = createPlaybackContext();
      this.opening = this.open(this.context);
    }
    const [ctx, opening] = [this.context, this.opening];
    const unlocking = ctx.resume();
    this.unlocking = unlocking;
    try {
      await Promise.all([unlocking, opening]);
    } catch (error) {
      // Let a later resume() start over instead of failing forever.
      if (this.context === ctx) [this.context, this.opening, this.node] = [undefined, undefined, undefined];
      await ctx.close().catch(() => undefined);
      throw error;
    }
  }

  unlocked(): Promise<void> {
    return this.unlocking ?? Promise.reject(new Error('PcmPlayer.unlocked() before resume()'));
  }

  /** Takes ownership of `pcm`: its buffer is transferred to the worklet when it owns all of it. */
  enqueue(pcm: Int16Array): void {
    if (pcm.length === 0) return;
    if (this.node) this.sendPcm(pcm);
    else this.pending.push(pcm);
  }

  flush(): void {
    this.pending = [];
    this.send({ type: 'flush' });
  }

  level(): number {
    return this.status.level;
  }

  onPlaying(cb: (playing: boolean) => void): () => void {
    this.playingListeners.add(cb);
    return () => this.playingListeners.delete(cb);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.send({ type: 'mute', muted });
  }

  /** As of the worklet's latest report (~30 a second while playing, and on every start/stop). */
  stats(): PcmPlayerStats {
    const { underruns, bufferedSamples, stretchedSamples } = this.status;
    return { underruns, bufferedSamples, stretchedSamples };
  }

  output(): AudioNode | undefined {
    return this.node;
  }

  addSourcePort(): MessagePort | undefined {
    if (!this.node) return undefined;
    const channel = new MessageChannel();
    const message: SourcePortMessage = { type: 'source-port', port: channel.port2 };
    this.node.port.postMessage(message, [channel.port2]);
    return channel.port1;
  }

  async close(): Promise<void> {
    const ctx = this.context;
    if (this.node) this.node.port.onmessage = null;
    this.node?.disconnect();
    [this.context, this.opening, this.node, this.pending] = [undefined, undefined, undefined, []];
    this.unlocking = undefined;
    this.onStatus({ ...this.status, playing: false, level: 0, bufferedSamples: 0 });
    await ctx?.close().catch(() => undefined);
  }

  private async open(ctx: AudioContext): Promise<void> {
    await ctx.audioWorklet.addModule(playbackWorkletUrl);
    const node = new AudioWorkletNode(ctx, PLAYBACK_PROCESSOR, {
      numberOfInputs: 0,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      processorOptions: { ...this.tuning, sourceRate: SOURCE_RATE },
    });
    node.port.onmessage = (event: MessageEvent<unknown>) => {
      if (isPlaybackStatus(event.data)) this.onStatus(event.data);
    };
    node.connect(ctx.destination);
    this.options.tap?.(node);
    this.node = node;
    if (this.muted) this.send({ type: 'mute', muted: true });
    const queued = this.pending;
    this.pending = [];
    queued.forEach((pcm) => this.sendPcm(pcm));
  }

  private send(command: PlaybackCommand, transfer: Transferable[] = []): void {
    this.node?.port.postMessage(command, transfer);
  }

  private sendPcm(pcm: Int16Array): void {
    // Transfer when the array owns its whole buffer; otherwise copy just its samples first.
    const owned = pcm.byteOffset === 0 && pcm.byteLength === pcm.buffer.byteLength && pcm.buffer instanceof ArrayBuffer;
    const samples = owned ? pcm : pcm.slice();
    this.send({ type: 'pcm', pcm: samples }, [samples.buffer]);
  }

  private onStatus(next: PlaybackStatusMessage): void {
    const changed = next.playing !== this.status.playing;
    this.status = next;
    if (changed) this.playingListeners.forEach((cb) => cb(next.playing));
  }
}

/** Only the tuning numbers: they travel to the worklet, which cannot receive functions. */
function tuningFrom(options: PcmPlayerOptions): PlaybackTuning {
  const tuning = { ...DEFAULT_PLAYBACK_TUNING };
  for (const key of Object.keys(tuning) as (keyof PlaybackTuning)[]) tuning[key] = options[key] ?? tuning[key];
  return tuning;
}

/**
 * The device's own rate and the smallest output buffer it allows. A latencyHint of 0 asks for
 * the device's minimum buffer ('interactive' is its default one); at a 24 kHz rate Chromium also
 * resamples after the graph. Headless Chromium, measured: 'interactive' at 24 kHz reports 10 ms
 * base + 32 ms output latency; 0 at 44.1 kHz, 2.9 + 8 ms. The worklet resamples 24 kHz itself.
 * Smaller device buffers glitch sooner on a starved CPU: the bench reports Chromium's own count
 * of them (AudioContext.playbackStats) beside ours.
 */
function createPlaybackContext(): AudioContext {
  return new AudioContext({ latencyHint: 0 });
}
