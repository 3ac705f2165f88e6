// The functions the interview gives the interviewer model, and the answer to each call. Only
// end_interview exists: the model calls it after its goodbye, and the interview then ends once
// the goodbye has been heard.

import { END_INTERVIEW_ACK, END_INTERVIEW_TOOL } from '../../lib/prompt';
import type { LiveClient, LiveEvents } from '../../services/live/types';

/** Answers the model's call; the end_interview call becomes the interview's 'end-requested'. */
export function answerToolCall(client: Pick<LiveClient, 'sendToolResponse'>, call: LiveEvents['toolCall']): { type: 'end-requested' } | undefined {
  const { id, name } = call;
  if (name !== END_INTERVIEW_TOOL) {
    client.sendToolResponse(id, name, { error: `There is no function called ${name}.` });
    return undefined;
  }
  // A plain acknowledgement: a result that mentions a goodbye makes the model say it twice.
  client.sendToolResponse(id, name, END_INTERVIEW_ACK);
  return { type: 'end-requested' };
}
