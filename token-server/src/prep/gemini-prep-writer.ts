import { GoogleGenAI } from '@google/genai';
import { generateValidatedJson } from '../upstream/generate-json.ts';
import { buildPrepPrompt } from './prompt.ts';
import type { PrepRequest } from './request-schema.ts';
import { parsePrepPack, prepJsonSchema, type PrepPack } from './schema.ts';
import { withSharpenAdvice } from './sharpen.ts';

// Writes preparation packs with Gemini's generateContent, the same way the report is written:
// JSON against a response schema, then checked with zod before anything reaches the browser.

/** responseJsonSchema is documented on v1beta. */
const PREP_API_VERSION = 'v1beta';

export interface PrepWriter {
  write(req: PrepRequest, deadline: AbortSignal): Promise<PrepPack>;
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
  return { write: (req, deadline) => writePrepPack(ai, options.model, req, deadline) };
}

async function writePrepPack(ai: GoogleGenAI, model: string, req: PrepRequest, deadline: AbortSignal): Promise<PrepPack> {
  // A little more variety than the report: these are predictions, not an assessment.
  const job = { model, prompt: buildPrepPrompt(req), jsonSchema: prepJsonSchema, temperature: 0.4, parse: parsePrepPack };
  return withSharpenAdvice(await generateValidatedJson(ai, job, deadline), req);
}
