// How the live session's events move the interview along: audio to the player, fragments into
// the transcript, barge-in flushes the player, end_interview starts the ending.

import type { Transcript, TranscriptTurn } from '../../lib/transcript';
import type { PcmPlayer } from '../../services/audio/types';
import { END_INTERVIEW_TOOL } from '../../services/live/live-config';
import type { LiveClient } from '../../services/live/types';
import type { SessionPhase } from './session-types';

/** The conversation's moving parts, shared by the session and its event handlers. */
export interface Conversation {
  transcript: Transcript;
  playing: boolean;
  stoppedPlayingAt?: number;
  typedPending: boolean;
  lastCandidateAt?: number;
  lastModelAt?: number;
  /** Set once the interviewer called end_interview. */
  ending?: { toolCallAt: number; turnCompleteAfterCall: boolean };
}

/** Someone else who voices the interviewer's replies (the avatar), told the same as the player. */
export interface ReplyListener {
  audio(pcm24k: Int16Array): void;
  /** The reply is over: finished, or cut by a reconnect. */
  turnDone(): void;
  interrupted(): void;
}

export interface WiringContext {
  c: Conversation;
  player: Pick<PcmPlayer, 'enqueue' | 'flush'>;
  /** Interview time (ms since the room opened), for turn times. */
  t: () => number;
  /** Clock time, for activity and ending. */
  now: () => number;
  write: (turns: TranscriptTurn[]) => void;
  phase: () => SessionPhase;
  setPhase: (phase: SessionPhase) => void;
  onLost: (message: string) => void;
  reply?: ReplyListener;
}

export function wireLiveClient(client: LiveClient, ctx: WiringContext): () => void {
  const { c, player, write } = ctx;
  const modelSpoke = () => {
    c.lastModelAt = ctx.now();
    c.typedPending = false;
  };
  const offs = [
    client.on('audio', ({ pcm }) => {
      // First: enqueue() may hand the buffer to the audio thread, leaving `pcm` empty here.
      ctx.reply?.audio(pcm);
      player.enqueue(pcm);
      modelSpoke();
      write(c.transcript.modelOutput(ctx.t()));
    }),
    client.on('outputTranscript', ({ text }) => {
      modelSpoke();
      write(c.transcript.fragment('interviewer', text, ctx.t()));
    }),
    client.on('inputTranscript', ({ text }) => {
      c.lastCandidateAt = ctx.now();
      write(c.transcript.fragment('candidate', text, ctx.t()));
    }),
    client.on('interrupted', () => {
      player.flush();
      ctx.reply?.interrupted();
      write(c.transcript.interviewerDone(ctx.t(), true));
    }),
    client.on('turnComplete', () => {
      if (c.ending) c.ending.turnCompleteAfterCall = true;
      ctx.reply?.turnDone();
      write(c.transcript.interviewerDone(ctx.t(), false));
    }),
    client.on('toolCall', ({ id, name }) => {
      if (name !== END_INTERVIEW_TOOL) return client.sendToolResponse(id, name, { error: `There is no function called ${name}.` });
      client.sendToolResponse(id, name, { result: 'The interview is ending. Say a short goodbye if you have not yet.' });
      c.ending ??= { toolCallAt: ctx.now(), turnCompleteAfterCall: false };
      if (ctx.phase().status !== 'ending') ctx.setPhase({ status: 'ending', by: 'interviewer' });
    }),
    client.on('resumed', () => {
      ctx.reply?.turnDone();
      write(c.transcript.boundary(ctx.t()));
    }),
    client.on('connection', ({ state, step }) => {
      const status = ctx.phase().status;
      if (status === 'preparing' && state === 'connecting') ctx.setPhase({ status: 'preparing', step: step === 'socket' ? 'connecting' : 'token' });
      if (status === 'live' && state === 'reconnecting') ctx.setPhase({ status: 'reconnecting' });
      if (status === 'reconnecting' && state === 'open') ctx.setPhase({ status: 'live' });
    }),
    client.on('error', ({ message }) => ctx.onLost(message)),
  ];
  return () => offs.forEach((off) => off());
}
