// The one place where the Live session's events become the interview's own events. The session
// handles these and nothing else, so what the model or the network does is decided here once:
// reply audio and words, the candidate's words, barge-in, turn ends, the end_interview tool, a
// resumed connection, the connection's progress, and a session lost for good.

import type { ConnectionState, LiveClient } from '../../services/live/types';
import { answerToolCall } from './interview-tools';

export type InterviewEvent =
  | { type: 'interviewer-audio'; pcm: Int16Array }
  /** Reply audio the Live client played itself (live-media.ts): the page only learns it came. */
  | { type: 'interviewer-audio-played' }
  | { type: 'interviewer-words'; text: string }
  | { type: 'candidate-words'; text: string }
  /** The candidate spoke over the interviewer. */
  | { type: 'interrupted' }
  | { type: 'turn-complete' }
  /** The interviewer called end_interview. */
  | { type: 'end-requested' }
  /**
   * The session continues on a new connection; whatever the old one was saying is over.
   * `reasked`: it cut the interviewer mid-reply, and the model was asked to say it again.
   */
  | { type: 'resumed'; reasked?: boolean }
  | { type: 'link'; state: ConnectionState; step?: 'token' | 'socket' }
  | { type: 'lost'; message: string };

/** Listens to `client` and hands each event on as an InterviewEvent; returns a function that stops. */
export function listenToLive(client: LiveClient, emit: (event: InterviewEvent) => void): () => void {
  const offs = [
    client.on('audio', ({ pcm }) => emit({ type: 'interviewer-audio', pcm })),
    client.on('audioPlayed', () => emit({ type: 'interviewer-audio-played' })),
    client.on('outputTranscript', ({ text }) => emit({ type: 'interviewer-words', text })),
    client.on('inputTranscript', ({ text }) => emit({ type: 'candidate-words', text })),
    client.on('interrupted', () => emit({ type: 'interrupted' })),
    client.on('turnComplete', () => emit({ type: 'turn-complete' })),
    client.on('toolCall', (call) => {
      const event = answerToolCall(client, call);
      if (event) emit(event);
    }),
    client.on('resumed', ({ reasked }) => emit(reasked ? { type: 'resumed', reasked } : { type: 'resumed' })),
    client.on('connection', ({ state, step }) => emit({ type: 'link', state, ...(step ? { step } : {}) })),
    client.on('error', ({ message }) => emit({ type: 'lost', message })),
  ];
  return () => offs.forEach((off) => off());
}
