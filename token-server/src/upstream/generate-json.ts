import type { GoogleGenAI } from '@google/genai';
import { generateValidatedJson, type JsonTask } from '../../../contracts/generate-json.ts';
import { UpstreamError, toUpstreamError } from './upstream-error.ts';

/**
 * A JSON task (the report, the preparation pack) run on the server's Gemini client. The request
 * and the validation are the shared ones in contracts/; only the naming of failures is the
 * server's: an unusable answer is an upstream failure of its own ('invalid_output'), not a crash.
 */
export function generateOnServer<Input, Output>(
  ai: GoogleGenAI,
  model: string,
  task: JsonTask<Input, Output>,
  input: Input,
  deadline: AbortSignal,
): Promise<Output> {
  return generateValidatedJson((request) => ai.models.generateContent(request), {
    model,
    task,
    input,
    signal: deadline,
    failures: {
      call: (err) => toUpstreamError(err, 'Gemini', deadline),
      invalid: () => new UpstreamError('Gemini', 'invalid_output'),
    },
  });
}
