// What each of the interview's events does to the conversation, the interviewer's voice and the
// session's status. The session handles Live's events here and nowhere else.

import type { TranscriptTurn } from './transcript/transcript';
import type { Conversation } from './conversation';
import type { InterviewEvent } from './live-events';
import type { ReaskNotice } from './reask-notice';
import type { SessionEvent } from './session-machine';
import type { TurnTaking } from './turn/turn-taking';
import type { InterviewerVoice } from './voice-types';

export interface EventContext {
  conversation: Conversation;
  voice: Pick<InterviewerVoice, 'enqueue' | 'flush' | 'turnDone'>;
  /** Saves finished turns and shows the change. */
  write: (turns: TranscriptTurn[]) => void;
  dispatch: (event: SessionEvent) => void;
  /** Interview time (ms since the room opened), for turn times. */
  t: () => number;
  /** Interview time, frozen once the interview is over. */
  elapsed: () => number;
  /** Clock time, for activity and the ending. */
  now: () => number;
  /** The calm line after a reconnect that cut the interviewer (reask-notice.ts). */
  reask?: Pick<ReaskNotice, 'resumed' | 'turnOver'>;
  /** The candidate's turn, when the browser owns turn-taking (turn/turn-taking.ts). */
  turn?: Pick<TurnTaking, 'heard' | 'interviewerWords' | 'interviewerDone'>;
}

export function handleInterviewEvent(ctx: EventContext, event: InterviewEvent): void {
  const { conversation, voice, write, dispatch } = ctx;
  const t = ctx.t();
  const now = ctx.now();
  switch (event.type) {
    case 'interviewer-audio':
      voice.enqueue(event.pcm);
      return write(conversation.interviewerAudio(t, now));
    case 'interviewer-audio-played':
      return write(conversation.interviewerAudio(t, now));
    case 'interviewer-words':
      ctx.turn?.interviewerWords(event.text);
      return write(conversation.interviewerWords(event.text, t, now));
    case 'candidate-words':
      ctx.turn?.heard(event.text);
      return write(conversation.candidateWords(event.text, t, now));
    case 'interrupted':
      ctx.turn?.interviewerDone();
      ctx.reask?.turnOver();
      voice.flush();
      return write(conversation.interviewerDone(t, true));
    case 'turn-complete':
      ctx.turn?.interviewerDone();
      ctx.reask?.turnOver();
      voice.turnDone();
      return write(conversation.interviewerDone(t, false));
    case 'end-requested':
      conversation.endRequested(now);
      return dispatch({ type: 'ending', by: 'interviewer' });
    case 'resumed':
      ctx.reask?.resumed(event.reasked);
      voice.turnDone();
      return write(conversation.resumed(t));
    case 'link':
      return dispatch(event);
    case 'lost':
      voice.flush();
      write(conversation.finish(ctx.elapsed()));
      return dispatch({ type: 'failed', failure: { kind: 'lost', message: event.message } });
  }
}
