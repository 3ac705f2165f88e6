// When the room takes a typed answer: whenever the interviewer can receive it. That includes a
// reconnect (the answer waits for the next connection) and a microphone that stopped mid-interview,
// when typing is the candidate's only way to answer.

import { TYPED_ANSWER_LABEL } from '../../lib/interviewer/app-cue';
import { fenceData } from '../../../../contracts/data-fence.ts';
import type { SessionPhase } from './session-types';

export function acceptsTypedAnswers(phase: SessionPhase): boolean {
  return (
    phase.status === 'live' ||
    phase.status === 'reconnecting' ||
    (phase.status === 'error' && phase.kind === 'microphone-lost')
  );
}

/**
 * A typed answer as the interviewer receives it: fenced like the candidate's documents, so typed
 * words cannot pass for an app cue or change the interviewer's rules (the transcript keeps the
 * answer as typed).
 */
export function typedAnswerText(answer: string): string {
  return fenceData(TYPED_ANSWER_LABEL, answer);
}
