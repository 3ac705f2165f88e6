// The real MicSource: getUserMedia with the browser's voice processing, an AudioWorklet that
// delivers 10–40 ms chunks of 16 kHz PCM16, mute that stops chunks but keeps the meter moving.
// Chunks are 10 ms by default: a chunk's oldest sample waits for the whole chunk to fill before
// it can be sent, so 20 ms chunks alone took most of the 25 ms budget from capture to the wire.
// The cost is twice the messages to the Live worker and on the socket (100 a second, about
// 0.5 KB each); no limit on the rate of realtimeInput messages is documented.
import { CaptureConsumerLinks } from './capture-consumer-links';
import { contextTimeToPerformanceTime } from './context-clock';
import { micError, micUnavailableReason, toMicError } from './mic-errors';
import { closeMicGraph, openMicGraph, type MicGraph } from './mic-graph';
import type { MicChunk, MicSource } from './types';
import { isCaptureMessage, type ChunkDeliveryMessage, type MuteMessage } from './worklet-messages';

export interface MicSourceOptions {
  /** Chunk length, 10–40 ms (clamped). Shorter chunks reach the wire sooner. */
  chunkMs?: number;
}

export const DEFAULT_CHUNK_MS = 10;

export function createMicSource(options: MicSourceOptions = {}): MicSource {
  return new WorkletMicSource(Math.min(40, Math.max(10, options.chunkMs ?? DEFAULT_CHUNK_MS)));
}

class WorkletMicSource implements MicSource {
  private readonly chunkListeners = new Set<(chunk: MicChunk) => void>();
  private readonly endedListeners = new Set<() => void>();
  private readonly consumers = new CaptureConsumerLinks();
  private micStream: MediaStream | undefined;
  private graph: MicGraph | undefined;
  private currentLevel = 0;
  private muted = false;
  private chunkDelivery = true;
  /** Bumped by stop() and start(): an older start() still awaiting permission then backs out. */
  private generation = 0;

  constructor(private readonly chunkMs: number) {}

  async start(opts: { deviceId?: string } = {}): Promise<void> {
    const unavailable = micUnavailableReason(globalThis);
    if (unavailable) throw micError(unavailable);
    await this.release();
    const mine = ++this.generation;
    let stream: MediaStream | undefined;
    let graph: MicGraph | undefined;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: voiceConstraints(opts.deviceId) });
      graph = await openMicGraph(stream, this.chunkMs);
    } catch (error) {
      await this.releaseParts(stream, graph);
      // stop() (or a newer start()) ran meanwhile: nothing to report.
      if (mine !== this.generation) return;
      throw toMicError(error);
    }
    if (mine !== this.generation) return this.releaseParts(stream, graph);
    this.micStream = stream;
    this.graph = graph;
    stream.getAudioTracks().forEach((track) => track.addEventListener('ended', this.onTrackEnded));
    this.listen(graph);
  }

  onChunk(cb: (chunk: MicChunk) => void): () => void {
    this.chunkListeners.add(cb);
    return () => this.chunkListeners.delete(cb);
  }

  level(): number {
    return this.currentLevel;
  }

  addCaptureConsumer(onPort: (port: MessagePort) => void): () => void {
    return this.consumers.add(onPort);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    const message: MuteMessage = { type: 'mute', muted };
    this.graph?.node.port.postMessage(message);
  }

  setChunkDelivery(on: boolean): void {
    this.chunkDelivery = on;
    const message: ChunkDeliveryMessage = { type: 'chunk-delivery', on };
    this.graph?.node.port.postMessage(message);
  }

  onEnded(cb: () => void): () => void {
    this.endedListeners.add(cb);
    return () => this.endedListeners.delete(cb);
  }

  stream(): MediaStream | undefined {
    return this.micStream;
  }

  async stop(): Promise<void> {
    this.generation++;
    await this.release();
  }

  private readonly onTrackEnded = () => this.endedListeners.forEach((cb) => cb());

  private listen(graph: MicGraph): void {
    graph.node.port.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isCaptureMessage(message)) return;
      this.currentLevel = message.level;
      if (message.type !== 'chunk' || this.muted) return;
      const chunk: MicChunk = {
        pcm: message.pcm,
        capturedAt: contextTimeToPerformanceTime(graph.context, message.endTime),
      };
      this.chunkListeners.forEach((cb) => cb(chunk));
    };
    this.setMuted(this.muted);
    this.setChunkDelivery(this.chunkDelivery);
    this.consumers.attach(graph.node.port);
  }

  private async release(): Promise<void> {
    const [stream, graph] = [this.micStream, this.graph];
    this.micStream = undefined;
    this.graph = undefined;
    this.currentLevel = 0;
    this.consumers.detach();
    await this.releaseParts(stream, graph);
  }

  private async releaseParts(stream: MediaStream | undefined, graph: MicGraph | undefined): Promise<void> {
    stream?.getTracks().forEach((track) => {
      track.removeEventListener('ended', this.onTrackEnded);
      track.stop();
    });
    if (graph) await closeMicGraph(graph);
  }
}

function voiceConstraints(deviceId: string | undefined): MediaTrackConstraints {
  return {
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
    channelCount: 1,
    ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
  };
}
