// The page's side of the early hand-over's hold (early-hand-over.ts): the interviewer's reply
// events wait in a reply gate (lib/reply-gate.ts) while the room is not yet sure the answer is
// over, and the Live worker is told the same action for the reply audio it plays itself. Held
// and then dropped, a reply leaves no trace in the room: no caption, no interviewer turn in the
// transcript, no turn end that would close the candidate's answer.
// The end_interview request is part of the reply too: the model asks for it with its closing line.

import { createReplyGate, type ReplyAction } from '../../../lib/reply-gate';
import type { InterviewEvent } from '../live-events';

type ReplyEvent = Extract<
  InterviewEvent,
  {
    type:
      | 'interviewer-audio'
      | 'interviewer-audio-played'
      | 'interviewer-words'
      | 'interrupted'
      | 'turn-complete'
      | 'end-requested';
  }
>;

const REPLY_EVENTS: ReadonlySet<InterviewEvent['type']> = new Set<ReplyEvent['type']>([
  'interviewer-audio',
  'interviewer-audio-played',
  'interviewer-words',
  'interrupted',
  'turn-complete',
  'end-requested',
]);

export interface HeldReplies {
  /** A Live event on its way to the session: a reply's passes, waits or is dropped; others pass. */
  event(event: InterviewEvent): void;
  apply(action: ReplyAction): void;
}

export function createHeldReplies(
  handle: (event: InterviewEvent) => void,
  /** The same action where reply audio goes straight to the player (live-media.ts), if it does. */
  audioRoute: () => ((action: ReplyAction) => void) | undefined,
): HeldReplies {
  const gate = createReplyGate<InterviewEvent>(handle);
  return {
    event(event) {
      if (REPLY_EVENTS.has(event.type)) gate.push(event);
      else handle(event);
    },
    apply(action) {
      audioRoute()?.(action);
      gate.apply(action);
    },
  };
}
