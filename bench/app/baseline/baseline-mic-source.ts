// BENCHMARK BASELINE (see README.md): 16 kHz context + ScriptProcessorNode, 2048-sample chunks.
import { floatToInt16 } from '../../../web/src/lib/pcm';
import { rms, smoothLevel } from '../../../web/src/lib/pcm-level';
import { contextTimeToPerformanceTime } from '../../../web/src/services/audio/context-clock';
import { micError, micUnavailableReason, toMicError } from '../../../web/src/services/audio/mic-errors';
import type { MicChunk, MicSource } from '../../../web/src/services/audio/types';

export const BASELINE_CAPTURE_SAMPLES = 2048;

interface BaselineGraph {
  stream: MediaStream;
  context: AudioContext;
  processor: ScriptProcessorNode;
}

export function createBaselineMicSource(): MicSource {
  return new ScriptProcessorMicSource();
}

class ScriptProcessorMicSource implements MicSource {
  private readonly chunkListeners = new Set<(chunk: MicChunk) => void>();
  private readonly endedListeners = new Set<() => void>();
  private graph: BaselineGraph | undefined;
  private currentLevel = 0;
  private muted = false;

  async start(opts: { deviceId?: string } = {}): Promise<void> {
    const unavailable = micUnavailableReason(globalThis);
    if (unavailable) throw micError(unavailable);
    await this.stop();
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: {
          echoCancellation: true,
          noiseSuppression: true,
          autoGainControl: true,
          channelCount: 1,
          ...(opts.deviceId ? { deviceId: { exact: opts.deviceId } } : {}),
        },
      });
      const context = new AudioContext({ sampleRate: 16000 });
      const processor = context.createScriptProcessor(BASELINE_CAPTURE_SAMPLES, 1, 1);
      this.graph = { stream, context, processor };
      stream.getAudioTracks().forEach((track) => track.addEventListener('ended', this.onTrackEnded));
      processor.onaudioprocess = (event) => this.onAudio(context, event);
      context.createMediaStreamSource(stream).connect(processor);
      processor.connect(context.destination);
      await context.resume();
    } catch (error) {
      await this.stop();
      throw toMicError(error);
    }
  }

  onChunk(cb: (chunk: MicChunk) => void): () => void {
    this.chunkListeners.add(cb);
    return () => this.chunkListeners.delete(cb);
  }

  level(): number {
    return this.currentLevel;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  onEnded(cb: () => void): () => void {
    this.endedListeners.add(cb);
    return () => this.endedListeners.delete(cb);
  }

  async stop(): Promise<void> {
    const graph = this.graph;
    this.graph = undefined;
    this.currentLevel = 0;
    if (!graph) return;
    graph.processor.onaudioprocess = null;
    graph.processor.disconnect();
    graph.stream.getTracks().forEach((track) => {
      track.removeEventListener('ended', this.onTrackEnded);
      track.stop();
    });
    await graph.context.close().catch(() => undefined);
  }

  private readonly onTrackEnded = () => this.endedListeners.forEach((cb) => cb());

  private onAudio(context: AudioContext, event: AudioProcessingEvent): void {
    const input = event.inputBuffer.getChannelData(0);
    this.currentLevel = smoothLevel(this.currentLevel, rms(input), input.length / context.sampleRate);
    if (this.muted) return;
    // playbackTime is when this callback's output block will play; the input block it carries
    // ended one buffer earlier (the node double-buffers).
    const endTime = event.playbackTime - input.length / context.sampleRate;
    const chunk: MicChunk = { pcm: floatToInt16(input), capturedAt: contextTimeToPerformanceTime(context, endTime) };
    this.chunkListeners.forEach((cb) => cb(chunk));
  }
}
