// The functions the interview gives the interviewer model, and the answer to each call. Only
// end_interview exists: the model calls it after its goodbye, and the interview then ends once
// the goodbye has been heard.

import type { LiveToolDeclaration } from '../../../../contracts/models/live-setup.ts';
import { END_INTERVIEW_ACK, END_INTERVIEW_TOOL } from '../../lib/interviewer/prompt';
import type { LiveClient, LiveEvents } from '../../services/live/types';

/** Also given to the text model in `npm run eval:interviewer`, so both see the same tool. */
export const END_INTERVIEW_DECLARATION: LiveToolDeclaration = {
  name: END_INTERVIEW_TOOL,
  description:
    'Ends the interview and takes the candidate to their feedback. Call it after your goodbye, or when the candidate clearly asks to stop.',
  parameters: {
    type: 'OBJECT',
    properties: {
      reason: { type: 'STRING', description: 'Why the interview ends, e.g. "completed" or "candidate asked to stop".' },
    },
  },
};

/** Every function the interview offers the model; the Live config passes them on unread. */
export const INTERVIEW_TOOLS: readonly LiveToolDeclaration[] = [END_INTERVIEW_DECLARATION];

/** Answers the model's call; the end_interview call becomes the interview's 'end-requested'. */
export function answerToolCall(
  client: Pick<LiveClient, 'sendToolResponse'>,
  call: LiveEvents['toolCall'],
): { type: 'end-requested' } | undefined {
  const { id, name } = call;
  if (name !== END_INTERVIEW_TOOL) {
    client.sendToolResponse(id, name, { error: `There is no function called ${name}.` });
    return undefined;
  }
  // A plain acknowledgement: a result that mentions a goodbye makes the model say it twice.
  client.sendToolResponse(id, name, END_INTERVIEW_ACK);
  return { type: 'end-requested' };
}
