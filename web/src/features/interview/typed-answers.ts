// When the room takes a typed answer: whenever the interviewer can receive it. That includes a
// reconnect (the answer waits for the next connection) and a microphone that stopped mid-interview,
// when typing is the candidate's only way to answer.

import type { SessionPhase } from './session-types';

export function acceptsTypedAnswers(phase: SessionPhase): boolean {
  return phase.status === 'live' || phase.status === 'reconnecting' || (phase.status === 'error' && phase.kind === 'microphone-lost');
}
