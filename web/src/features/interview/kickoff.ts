// The first words the app sends the interviewer. A Live model only speaks after some input, so
// without this the room would open in silence; with it, the greeting starts at once.

import type { Turn } from '../../lib/interview';

export const KICKOFF_TEXT = 'The candidate has joined the room. Greet them and begin the interview now.';

/** Enough of the transcript for the model to pick up the thread, not the whole interview. */
const CONTINUATION_BUDGET_CHARS = 6000;

/**
 * After the session was lost for good and the candidate chose to try again, a new Live session
 * starts with no memory of the conversation. It gets the recent transcript and is told not to
 * greet again.
 */
export function continuationText(turns: readonly Turn[]): string {
  if (turns.length === 0) return KICKOFF_TEXT;
  const lines: string[] = [];
  let used = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i];
    if (!t) continue;
    const line = `${t.role === 'interviewer' ? 'Interviewer' : 'Candidate'}: ${t.text}`;
    if (used + line.length > CONTINUATION_BUDGET_CHARS) break;
    lines.unshift(line);
    used += line.length;
  }
  return [
    'The connection dropped and the interview continues in a new session. The conversation so far ended like this:',
    ...lines,
    'Do not greet the candidate again. Briefly acknowledge the interruption and continue the interview from where it stopped.',
  ].join('\n');
}
