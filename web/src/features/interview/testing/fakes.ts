// Fakes of the room's outside systems, driven by the tests like a puppet show.

import type { MicChunk, MicSource, PcmPlayer } from '../../../services/audio/types';
import { createEmitter } from '../../../lib/emitter';
import type { LiveClient, LiveEvents } from '../../../services/live/types';

export interface FakeLiveClient extends LiveClient {
  sent: string[];
  closed: boolean;
  /** Makes the next connect() reject with this error. */
  failConnect?: Error;
  emit<K extends keyof LiveEvents>(event: K, payload: LiveEvents[K]): void;
}

export function createFakeLiveClient(): FakeLiveClient {
  const emitter = createEmitter<LiveEvents>();
  const fake: FakeLiveClient = {
    sent: [],
    closed: false,
    connect: () => {
      if (fake.failConnect !== undefined) return Promise.reject(fake.failConnect);
      emitter.emit('connection', { state: 'connecting', step: 'token' });
      emitter.emit('connection', { state: 'connecting', step: 'socket' });
      emitter.emit('connection', { state: 'open' });
      return Promise.resolve();
    },
    on: (event, cb) => emitter.on(event, cb),
    emit: (event, payload) => emitter.emit(event, payload),
    sendAudio: (pcm) => fake.sent.push(`audio:${pcm[0] ?? ''}`),
    sendAudioStreamEnd: () => fake.sent.push('audioStreamEnd'),
    sendActivityStart: () => fake.sent.push('activityStart'),
    sendActivityEnd: () => fake.sent.push('activityEnd'),
    sendText: (text) => fake.sent.push(`text:${text}`),
    sendToolResponse: (id, name) => fake.sent.push(`tool:${id}:${name}`),
    close: () => {
      fake.closed = true;
    },
  };
  return fake;
}

export interface FakeMic extends MicSource {
  /** Delivers a chunk whose first sample is `value`, unless muted (like the real source). */
  speak(value: number): void;
  unplug(): void;
  failStart?: Error;
  started: boolean;
  muted: boolean;
}

export function createFakeMic(): FakeMic {
  const chunks = new Set<(c: MicChunk) => void>();
  const ended = new Set<() => void>();
  const mic: FakeMic = {
    started: false,
    muted: false,
    start: () => {
      if (mic.failStart !== undefined) return Promise.reject(mic.failStart);
      mic.started = true;
      return Promise.resolve();
    },
    onChunk: (cb) => (chunks.add(cb), () => void chunks.delete(cb)),
    onEnded: (cb) => (ended.add(cb), () => void ended.delete(cb)),
    level: () => 0.25,
    setMuted: (m) => void (mic.muted = m),
    stop: () => {
      mic.started = false;
      return Promise.resolve();
    },
    speak: (value) => {
      if (mic.started && !mic.muted) chunks.forEach((cb) => cb({ pcm: new Int16Array([value]), capturedAt: 0 }));
    },
    unplug: () => ended.forEach((cb) => cb()),
  };
  return mic;
}

export interface FakePlayer extends PcmPlayer {
  played: number[];
  /** Every setMuted() call, in order. */
  mutes: boolean[];
  flushes: number;
  closed: boolean;
  /** resume() never settles, like a browser that blocks sound until a click. */
  blockSound: boolean;
  setPlaying(playing: boolean): void;
}

export function createFakePlayer(): FakePlayer {
  const playing = new Set<(p: boolean) => void>();
  const player: FakePlayer = {
    played: [],
    mutes: [],
    flushes: 0,
    closed: false,
    blockSound: false,
    resume: () => (player.blockSound ? new Promise(() => {}) : Promise.resolve()),
    enqueue: (pcm) => {
      player.played.push(pcm[0] ?? 0);
      // Like the real player: the buffer goes to the audio thread and `pcm` is left empty.
      const buffer = pcm.buffer as ArrayBuffer;
      structuredClone(buffer, { transfer: [buffer] });
    },
    flush: () => void player.flushes++,
    level: () => 0.5,
    onPlaying: (cb) => (playing.add(cb), () => void playing.delete(cb)),
    setMuted: (muted) => void player.mutes.push(muted),
    stats: () => ({ underruns: 0, bufferedSamples: 0 }),
    close: () => {
      player.closed = true;
      return Promise.resolve();
    },
    setPlaying: (p) => playing.forEach((cb) => cb(p)),
  };
  return player;
}
