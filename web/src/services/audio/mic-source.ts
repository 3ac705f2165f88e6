// The real MicSource: getUserMedia with the browser's voice processing, an AudioWorklet that
// delivers 20–40 ms chunks of 16 kHz PCM16, mute that stops chunks but keeps the meter moving.
import { contextTimeToPerformanceTime } from './context-clock';
import { micError, micUnavailableReason, toMicError } from './mic-errors';
import { closeMicGraph, openMicGraph, type MicGraph } from './mic-graph';
import type { MicChunk, MicSource } from './types';
import { isCaptureMessage, type MuteMessage } from './worklet-messages';

export interface MicSourceOptions {
  /** Chunk length, 20–40 ms (clamped). Shorter chunks reach the wire sooner. */
  chunkMs?: number;
}

export function createMicSource(options: MicSourceOptions = {}): MicSource {
  const chunkMs = Math.min(40, Math.max(20, options.chunkMs ?? 20));
  const chunkListeners = new Set<(chunk: MicChunk) => void>();
  const endedListeners = new Set<() => void>();
  let stream: MediaStream | undefined;
  let graph: MicGraph | undefined;
  let level = 0;
  let muted = false;
  // Bumped by stop(): a start() still awaiting permission sees it and releases what it got.
  let generation = 0;

  const onTrackEnded = () => endedListeners.forEach((cb) => cb());

  function listen(g: MicGraph): void {
    g.node.port.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isCaptureMessage(message)) return;
      level = message.level;
      if (message.type !== 'chunk' || muted) return;
      const chunk: MicChunk = { pcm: message.pcm, capturedAt: contextTimeToPerformanceTime(g.context, message.endTime) };
      chunkListeners.forEach((cb) => cb(chunk));
    };
    const mute: MuteMessage = { type: 'mute', muted };
    g.node.port.postMessage(mute);
  }

  async function releaseParts(s: MediaStream | undefined, g: MicGraph | undefined): Promise<void> {
    s?.getTracks().forEach((track) => {
      track.removeEventListener('ended', onTrackEnded);
      track.stop();
    });
    if (g) await closeMicGraph(g);
  }

  async function release(): Promise<void> {
    const [s, g] = [stream, graph];
    stream = undefined;
    graph = undefined;
    level = 0;
    await releaseParts(s, g);
  }

  return {
    async start(opts = {}) {
      const unavailable = micUnavailableReason(globalThis);
      if (unavailable) throw micError(unavailable);
      await release();
      const mine = ++generation;
      let acquired: MediaStream | undefined;
      let opened: MicGraph | undefined;
      try {
        acquired = await navigator.mediaDevices.getUserMedia({ audio: voiceConstraints(opts.deviceId) });
        opened = await openMicGraph(acquired, chunkMs);
      } catch (error) {
        await releaseParts(acquired, opened);
        // stop() (or a newer start()) ran meanwhile: nothing to report.
        if (mine !== generation) return;
        throw toMicError(error);
      }
      if (mine !== generation) return releaseParts(acquired, opened);
      stream = acquired;
      graph = opened;
      acquired.getAudioTracks().forEach((track) => track.addEventListener('ended', onTrackEnded));
      listen(opened);
    },
    onChunk(cb) {
      chunkListeners.add(cb);
      return () => chunkListeners.delete(cb);
    },
    level: () => level,
    setMuted(next) {
      muted = next;
      const message: MuteMessage = { type: 'mute', muted: next };
      graph?.node.port.postMessage(message);
    },
    onEnded(cb) {
      endedListeners.add(cb);
      return () => endedListeners.delete(cb);
    },
    async stop() {
      generation++;
      await release();
    },
  };
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
