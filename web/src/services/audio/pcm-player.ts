// The real PcmPlayer: 24 kHz PCM16 played through an AudioWorklet ring buffer (see
// playback.worklet.ts), never one AudioBufferSourceNode per chunk.
import { DEFAULT_PLAYBACK_TUNING, type PlaybackTuning } from './playback-engine';
import type { PcmPlayer, PcmPlayerStats } from './types';
import { isPlaybackStatus, PLAYBACK_PROCESSOR, type PlaybackCommand, type PlaybackStatusMessage } from './worklet-messages';
import { playbackWorkletUrl } from './worklet-urls';

export const SOURCE_RATE = 24000;

export type PcmPlayerOptions = Partial<PlaybackTuning>;

export function createPcmPlayer(options: PcmPlayerOptions = {}): PcmPlayer {
  const tuning: PlaybackTuning = { ...DEFAULT_PLAYBACK_TUNING, ...options };
  const playingListeners = new Set<(playing: boolean) => void>();
  let context: AudioContext | undefined;
  let node: AudioWorkletNode | undefined;
  let opening: Promise<void> | undefined;
  let pending: Int16Array[] = [];
  let muted = false;
  let status: PlaybackStatusMessage = { type: 'status', playing: false, level: 0, underruns: 0, bufferedSamples: 0, droppedSamples: 0 };

  function send(command: PlaybackCommand, transfer: Transferable[] = []): void {
    node?.port.postMessage(command, transfer);
  }

  function sendPcm(pcm: Int16Array): void {
    // Transfer the buffer when the array owns all of it; otherwise copy just its samples first.
    const owned = pcm.byteOffset === 0 && pcm.byteLength === pcm.buffer.byteLength && pcm.buffer instanceof ArrayBuffer;
    const samples = owned ? pcm : pcm.slice();
    send({ type: 'pcm', pcm: samples }, [samples.buffer]);
  }

  function onStatus(next: PlaybackStatusMessage): void {
    const changed = next.playing !== status.playing;
    status = next;
    if (changed) playingListeners.forEach((cb) => cb(next.playing));
  }

  async function open(ctx: AudioContext): Promise<void> {
    await ctx.audioWorklet.addModule(playbackWorkletUrl);
    const created = new AudioWorkletNode(ctx, PLAYBACK_PROCESSOR, {
      numberOfInputs: 0,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      processorOptions: { ...tuning, sourceRate: SOURCE_RATE },
    });
    created.port.onmessage = (event: MessageEvent<unknown>) => {
      if (isPlaybackStatus(event.data)) onStatus(event.data);
    };
    created.connect(ctx.destination);
    node = created;
    if (muted) send({ type: 'mute', muted });
    const queued = pending;
    pending = [];
    queued.forEach(sendPcm);
  }

  return {
    async resume() {
      if (!context) {
        // Created synchronously inside the caller's gesture, so autoplay policy lets it run.
        context = createPlaybackContext();
        opening = open(context);
      }
      const [ctx, opened] = [context, opening];
      try {
        await Promise.all([ctx.resume(), opened]);
      } catch (error) {
        // Let a later resume() start over instead of failing forever.
        if (context === ctx) [context, opening, node] = [undefined, undefined, undefined];
        await ctx.close().catch(() => undefined);
        throw error;
      }
    },
    enqueue(pcm) {
      if (pcm.length === 0) return;
      if (node) sendPcm(pcm);
      else pending.push(pcm);
    },
    flush() {
      pending = [];
      send({ type: 'flush' });
    },
    level: () => status.level,
    onPlaying(cb) {
      playingListeners.add(cb);
      return () => playingListeners.delete(cb);
    },
    setMuted(next) {
      muted = next;
      send({ type: 'mute', muted: next });
    },
    stats(): PcmPlayerStats {
      return { underruns: status.underruns, bufferedSamples: status.bufferedSamples };
    },
    async close() {
      const ctx = context;
      node?.disconnect();
      node = undefined;
      context = undefined;
      opening = undefined;
      pending = [];
      if (status.playing) onStatus({ ...status, playing: false, level: 0 });
      await ctx?.close().catch(() => undefined);
    },
  };
}

/** 24 kHz when the browser allows it (no resampling in the worklet), its default rate otherwise. */
function createPlaybackContext(): AudioContext {
  try {
    return new AudioContext({ sampleRate: SOURCE_RATE, latencyHint: 'interactive' });
  } catch {
    return new AudioContext({ latencyHint: 'interactive' });
  }
}
