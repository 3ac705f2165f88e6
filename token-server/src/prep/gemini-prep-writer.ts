import { GoogleGenAI } from '@google/genai';
import { prepTask } from '../../../contracts/prep-prompt.ts';
import type { PrepRequest } from '../../../contracts/prep-request.ts';
import type { PrepContent } from '../../../contracts/prep-schema.ts';
import { generateOnServer } from '../upstream/generate-json.ts';

// Writes preparation packs with Gemini's generateContent, the same way the report is written:
// JSON against a response schema (contracts/prep-prompt.ts), then checked with zod before anything
// reaches the browser.

/** responseJsonSchema is documented on v1beta. */
const PREP_API_VERSION = 'v1beta';

export interface PrepWriter {
  write(req: PrepRequest, deadline: AbortSignal): Promise<PrepContent>;
}

export interface GeminiPrepOptions {
  apiKey: string;
  baseUrl?: string;
  /** The text model; the server uses its report model (GEMINI_REPORT_MODEL). */
  model: string;
  /** Replaces the network in tests; the SDK otherwise uses the global fetch. */
  fetch?: typeof fetch;
}

export function createGeminiPrepWriter(options: GeminiPrepOptions): PrepWriter {
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    httpOptions: {
      apiVersion: PREP_API_VERSION,
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
  });
  return { write: (req, deadline) => generateOnServer(ai, options.model, prepTask, req, deadline) };
}
