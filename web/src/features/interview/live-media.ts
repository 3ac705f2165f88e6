// The room's audio linked straight to a Live client that runs on its own thread (the worker's
// LiveMediaRoutes): the capture worklet's frames go to it through a capture port, and its reply
// audio goes to the playback worklet through a port of the player's, so the page handles no
// samples at all. The page only opens and closes the microphone gate, as it would decide each
// sendAudio; with the room's own turn-taking the client holds the frames back outside an answer
// and the page only says when one opens and closes. Where a part cannot be linked (a client on
// the page, the benchmark's baseline audio, the avatar, which needs the reply's samples), that
// part keeps the page's path.

import type { ReplyAction } from '../../lib/reply-gate';
import type { MicSource, PcmPlayer } from '../../services/audio/types';
import type { LiveClient } from '../../services/live/types';

export interface LiveMediaLink {
  /** The client reads the microphone itself: the page must not send chunks too. */
  readonly micLinked: boolean;
  /** Reply audio goes to the player without the page ('audioPlayed' instead of 'audio'). */
  readonly repliesLinked: boolean;
  /** The answer's edges, when the client holds the microphone's frames outside an answer. */
  readonly answers: LinkedAnswers | undefined;
  /** Holds, releases or drops reply audio on its way to the player, when it goes there without the page. */
  readonly replies: ((action: ReplyAction) => void) | undefined;
  /** Opens or closes the microphone gate: open while the interview is live and not muted. */
  setMicOpen(open: boolean): void;
  /** Undoes the link: the microphone's chunks come to the page again. */
  stop(): void;
}

/** Where an answer opens and closes when the microphone's frames never reach the page. */
export interface LinkedAnswers {
  open(streamMs: number): void;
  close(): void;
}

export interface LiveMediaOptions {
  mic: Pick<MicSource, 'addCaptureConsumer' | 'setChunkDelivery'>;
  player: Pick<PcmPlayer, 'addSourcePort'>;
  /** The room marks the candidate's turns: frames go out only inside an answer. */
  holdAnswers: boolean;
  /** False while the avatar speaks the replies: it needs their samples on the page. */
  playReplies: boolean;
}

export function linkLiveMedia(
  client: LiveClient,
  { mic, player, holdAnswers, playReplies }: LiveMediaOptions,
): LiveMediaLink {
  const media = client.media;
  const removeConsumer =
    media && mic.addCaptureConsumer ? mic.addCaptureConsumer((port) => media.addCapturePort(port)) : undefined;
  const micLinked = removeConsumer !== undefined;
  if (micLinked) mic.setChunkDelivery?.(false);
  if (micLinked && holdAnswers) media?.holdAnswers();
  const answers: LinkedAnswers | undefined =
    media && micLinked && holdAnswers
      ? { open: (streamMs) => media.openAnswer(streamMs), close: () => media.closeAnswer() }
      : undefined;
  const playbackPort = media && playReplies ? player.addSourcePort?.() : undefined;
  if (playbackPort) media?.setPlaybackPort(playbackPort);
  let stopped = false;
  return {
    micLinked,
    repliesLinked: playbackPort !== undefined,
    answers,
    replies: playbackPort ? (action) => media?.replies(action) : undefined,
    setMicOpen(open) {
      if (micLinked && !stopped) media?.setMicOpen(open);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      media?.setMicOpen(false);
      removeConsumer?.();
      if (micLinked) mic.setChunkDelivery?.(true);
    },
  };
}
