// The talking avatar as the interview room uses it. It opens beside the Live session, and while
// the replica is live it gets the interviewer's reply audio (the interviewer's voice mutes the
// local player meanwhile, see interviewer-voice.ts). The moment the avatar breaks, the room says
// so in one sentence: voice only is always a whole interview, the face is extra.

import { AVATAR_UNAVAILABLE_MESSAGE } from '../../services/avatar/avatar-fallback';
import type { OpenedAvatar } from '../../services/avatar/open-avatar';
import { AvatarError, type EchoStats } from '../../services/avatar/types';
import { sleep, type Clock } from '../../lib/clock';
import type { AvatarVoice } from './voice-types';

/**
 * How long the greeting waits for the avatar once the interviewer is ready. Both open at the
 * same time, so this is only the avatar's extra time, and the whole preparation stays within a
 * few seconds; past it the greeting starts with voice and the face takes over at the first pause.
 */
export const AVATAR_WAIT_MS = 4000;

export interface AvatarLinkDeps {
  /** Creates the conversation and joins it; aborting gives up and ends what was created. */
  open: (signal: AbortSignal) => Promise<OpenedAvatar>;
  clock: Clock;
  /** Where the echo figures go when the avatar closes (console.info by default). */
  report?: (stats: EchoStats) => void;
}

export interface AvatarLink extends AvatarVoice {
  /** Starts opening the avatar; later calls do nothing. */
  open(): void;
  /** Resolves once the avatar is live or has given up, or after `maxWaitMs`, whichever is first. */
  ready(maxWaitMs: number): Promise<void>;
  /** Shows the replica in these elements; returns a function that takes it out again. */
  attach(video: HTMLVideoElement, audio: HTMLAudioElement): () => void;
  /** Leaves the room and ends the conversation. Idempotent; never rejects. */
  close(): Promise<void>;
  /** The replica's voice as a track (what the candidate hears while it is live), for the recording. */
  voiceTrack(): MediaStreamTrack | undefined;
  /** Calls `cb` whenever the replica's voice track appears or changes; returns an unsubscribe. */
  onVoiceTrack(cb: (track: MediaStreamTrack | undefined) => void): () => void;
}

/**
 * 'standby': the replica is ready but a reply is still being played locally; it takes over once
 * that reply is over, so no word is cut in half by the switch.
 */
type Status = 'idle' | 'opening' | 'standby' | 'live' | 'voice' | 'closed';

export function createAvatarLink(deps: AvatarLinkDeps): AvatarLink {
  const listeners = new Set<() => void>();
  const trackListeners = new Set<(track: MediaStreamTrack | undefined) => void>();
  const abort = new AbortController();
  let status: Status = 'idle';
  let message = AVATAR_UNAVAILABLE_MESSAGE;
  let opened: OpenedAvatar | undefined;
  let settled: Promise<void> | undefined;
  let inReply = false;
  let playerPlaying = false;
  let replicaSpeaking = false;

  const notify = () => listeners.forEach((l) => l());

  function takeOverIfQuiet() {
    if (status !== 'standby' || inReply || playerPlaying) return;
    status = 'live';
    notify();
  }

  function fallBack(sentence: string) {
    if (status === 'closed' || status === 'voice') return;
    status = 'voice';
    message = sentence;
    replicaSpeaking = false;
    notify();
  }

  function onOpened(avatar: OpenedAvatar) {
    opened = avatar;
    if (status === 'closed') return void avatar.close();
    avatar.session.on('failed', ({ message: sentence }) => fallBack(sentence));
    avatar.session.on('speaking', ({ speaking }) => {
      replicaSpeaking = speaking;
      if (status === 'live') notify();
    });
    avatar.session.on('tracks', ({ audio }) => trackListeners.forEach((cb) => cb(audio)));
    status = 'standby';
    takeOverIfQuiet();
    if (status === 'standby') notify();
  }

  function onRefused(err: unknown) {
    if (err instanceof AvatarError && err.reason === 'cancelled') return;
    fallBack(err instanceof AvatarError ? err.message : AVATAR_UNAVAILABLE_MESSAGE);
  }

  const live = () => (status === 'live' ? opened?.session : undefined);

  return {
    view: () => {
      if (status === 'live') return { status: 'live' };
      if (status === 'voice') return { status: 'voice', message };
      return status === 'closed' ? { status: 'closed' } : { status: 'opening' };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    open() {
      if (status !== 'idle') return;
      status = 'opening';
      settled = deps.open(abort.signal).then(onOpened, onRefused);
      notify();
    },
    async ready(maxWaitMs) {
      if (!settled) return;
      const giveUp = new AbortController();
      await Promise.race([settled, sleep(deps.clock, maxWaitMs, giveUp.signal)]);
      giveUp.abort();
    },
    speaking: () => status === 'live' && replicaSpeaking,
    playerPlaying(playing) {
      playerPlaying = playing;
      takeOverIfQuiet();
    },
    attach: (video, audio) => opened?.session.attach(video, audio) ?? (() => {}),
    audio(pcm) {
      inReply = true;
      live()?.speak(pcm);
    },
    turnDone() {
      inReply = false;
      live()?.endTurn();
      takeOverIfQuiet();
    },
    interrupted() {
      inReply = false;
      live()?.interrupt();
      takeOverIfQuiet();
    },
    voiceTrack: () => (status === 'closed' ? undefined : opened?.session.tracks().audio),
    onVoiceTrack(cb) {
      trackListeners.add(cb);
      return () => void trackListeners.delete(cb);
    },
    async close() {
      if (status === 'closed') return;
      const stats = live()?.stats();
      status = 'closed';
      abort.abort();
      notify();
      if (stats && stats.messagesSent > 0) (deps.report ?? reportToConsole)(stats);
      await settled; // an avatar still opening gives up on the abort and ends what it made
      await opened?.close();
    },
  };
}

/** One line for whoever is diagnosing a face that lags behind its voice. */
function reportToConsole(stats: EchoStats): void {
  const { median, p95, samples } = stats.addedLatencyMs;
  console.info(
    `Mockingbird avatar echo: ${stats.messagesSent} messages, added latency median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${samples} chunks), ` +
      `${stats.messagesPerSecond.toFixed(1)} messages/s during replies (peak ${stats.peakMessagesPerSecond}), longest ${stats.longestMessageChars} characters`,
    stats,
  );
}
