// BENCHMARK BASELINE (see README.md): one AudioBufferSourceNode per chunk, 100 ms initial buffer.
import { int16ToFloat } from '../../../web/src/lib/pcm';
import { rms } from '../../../web/src/lib/pcm-level';
import type { PcmPlayer, PcmPlayerStats } from '../../../web/src/services/audio/types';

export const BASELINE_INITIAL_BUFFER_SECONDS = 0.1;
const SOURCE_RATE = 24000;
/** Same rule as the real player: refilled within a second of running dry means it starved. */
const NATURAL_END_GAP_SECONDS = 1;

export function createBaselinePcmPlayer(): PcmPlayer {
  return new SourcePerChunkPlayer();
}

class SourcePerChunkPlayer implements PcmPlayer {
  private readonly playingListeners = new Set<(playing: boolean) => void>();
  private readonly sources = new Set<AudioBufferSourceNode>();
  private graph: { context: AudioContext; analyser: AnalyserNode } | undefined;
  private nextStart = 0;
  private underruns = 0;
  private playing = false;

  async resume(): Promise<void> {
    await this.ensureGraph().context.resume();
  }

  enqueue(pcm: Int16Array): void {
    if (pcm.length > 0) this.schedule(pcm);
  }

  flush(): void {
    this.sources.forEach((source) => {
      source.onended = null;
      source.stop();
    });
    this.sources.clear();
    this.nextStart = 0;
    this.setPlaying(false);
  }

  level(): number {
    if (!this.graph || !this.playing) return 0;
    const block = new Float32Array(this.graph.analyser.fftSize);
    this.graph.analyser.getFloatTimeDomainData(block);
    return Math.min(1, rms(block));
  }

  onPlaying(cb: (playing: boolean) => void): () => void {
    this.playingListeners.add(cb);
    return () => this.playingListeners.delete(cb);
  }

  setMuted(muted: boolean): void {
    if (!this.graph) return;
    this.graph.analyser.disconnect();
    if (!muted) this.graph.analyser.connect(this.graph.context.destination);
  }

  stats(): PcmPlayerStats {
    const now = this.graph?.context.currentTime ?? this.nextStart;
    return {
      underruns: this.underruns,
      bufferedSamples: Math.max(0, Math.round((this.nextStart - now) * SOURCE_RATE)),
    };
  }

  async close(): Promise<void> {
    const graph = this.graph;
    this.graph = undefined;
    this.sources.clear();
    this.setPlaying(false);
    await graph?.context.close().catch(() => undefined);
  }

  private ensureGraph(): { context: AudioContext; analyser: AnalyserNode } {
    if (!this.graph) {
      const context = new AudioContext({ sampleRate: SOURCE_RATE });
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      analyser.connect(context.destination);
      this.graph = { context, analyser };
    }
    return this.graph;
  }

  private schedule(pcm: Int16Array): void {
    const { context, analyser } = this.ensureGraph();
    const buffer = context.createBuffer(1, pcm.length, SOURCE_RATE);
    int16ToFloat(pcm, buffer.getChannelData(0));
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(analyser);
    const now = context.currentTime;
    if (this.nextStart < now) {
      if (this.nextStart > 0 && now - this.nextStart < NATURAL_END_GAP_SECONDS) this.underruns++;
      this.nextStart = now + BASELINE_INITIAL_BUFFER_SECONDS;
    }
    const startsInMs = (this.nextStart - now) * 1000;
    source.start(this.nextStart);
    this.nextStart += buffer.duration;
    this.sources.add(source);
    setTimeout(() => {
      if (this.sources.has(source)) this.setPlaying(true);
    }, startsInMs);
    source.onended = () => {
      this.sources.delete(source);
      if (this.sources.size === 0) this.setPlaying(false);
    };
  }

  private setPlaying(next: boolean): void {
    if (next === this.playing) return;
    this.playing = next;
    this.playingListeners.forEach((cb) => cb(next));
  }
}
