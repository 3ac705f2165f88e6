// The functions the interview gives the interviewer model, and the answer to each call. Only
// end_interview exists: the model calls it after its goodbye, and the interview then ends once
// the goodbye has been heard.

import { END_INTERVIEW_TOOL } from '../../lib/prompt';
import type { LiveClient, LiveEvents } from '../../services/live/types';

/** Answers the model's call; the end_interview call becomes the interview's 'end-requested'. */
export function answerToolCall(client: Pick<LiveClient, 'sendToolResponse'>, call: LiveEvents['toolCall']): { type: 'end-requested' } | undefined {
  const { id, name } = call;
  if (name !== END_INTERVIEW_TOOL) {
    client.sendToolResponse(id, name, { error: `There is no function called ${name}.` });
    return undefined;
  }
  client.sendToolResponse(id, name, { result: 'The interview is ending. Say a short goodbye if you have not yet.' });
  return { type: 'end-requested' };
}
