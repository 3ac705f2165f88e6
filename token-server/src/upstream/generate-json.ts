import type { GoogleGenAI } from '@google/genai';
import { UpstreamError, toUpstreamError } from './upstream-error.ts';

export interface JsonGeneration<T> {
  model: string;
  prompt: { systemInstruction: string; userText: string };
  /** Sent as responseJsonSchema so the model answers in this shape. */
  jsonSchema: unknown;
  temperature: number;
  /** Validates the model's text; undefined means it is not usable. */
  parse: (text: string | undefined) => T | undefined;
}

/**
 * One generateContent call that must come back as JSON of a known shape (the report, the
 * preparation pack). The model's answer is validated before anything reaches the browser;
 * an unusable answer is an upstream failure of its own ('invalid_output'), not a crash.
 */
export async function generateValidatedJson<T>(ai: GoogleGenAI, job: JsonGeneration<T>, deadline: AbortSignal): Promise<T> {
  let text: string | undefined;
  try {
    const response = await ai.models.generateContent({
      model: job.model,
      contents: [{ role: 'user', parts: [{ text: job.prompt.userText }] }],
      config: {
        systemInstruction: job.prompt.systemInstruction,
        responseMimeType: 'application/json',
        responseJsonSchema: job.jsonSchema,
        temperature: job.temperature,
        abortSignal: deadline,
      },
    });
    text = response.text;
  } catch (err) {
    throw toUpstreamError(err, 'Gemini', deadline);
  }
  const value = job.parse(text);
  if (value === undefined) throw new UpstreamError('Gemini', 'invalid_output');
  return value;
}
