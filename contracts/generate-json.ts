import type { z } from 'zod';
import { parseModelJson, responseJsonSchema } from './model-json.ts';
import { chooseTextModel } from './models/model-choice.ts';

// One generateContent call that must come back as JSON of a known shape (the report, the
// preparation pack). The server and the browser with the user's own key both go through here, so
// they send Gemini the same request and accept the same answers. The SDK is passed in as a plain
// function: this folder imports nothing that only Node or only a browser has, and the browser
// keeps loading the SDK on first use.

export interface ModelPrompt {
  systemInstruction: string;
  userText: string;
}

/**
 * What one kind of JSON answer needs: its prompt and its schema. How freely the model writes
 * (temperature) belongs to the model, not the task: it comes from the model's profile in
 * contracts/models/text-models.ts.
 */
export interface JsonTask<Input, Output> {
  readonly schema: z.ZodType<Output>;
  /** Sent as `responseJsonSchema`; derived once from `schema`. */
  readonly jsonSchema: Record<string, unknown>;
  prompt(input: Input): ModelPrompt;
  /** Completes a valid answer from the input (e.g. advice the model left out). */
  finish(output: Output, input: Input): Output;
}

export function defineJsonTask<Input, Output>(spec: {
  schema: z.ZodType<Output>;
  prompt: (input: Input) => ModelPrompt;
  finish?: (output: Output, input: Input) => Output;
}): JsonTask<Input, Output> {
  return { ...spec, jsonSchema: responseJsonSchema(spec.schema), finish: spec.finish ?? ((output) => output) };
}

/** The generateContent parameters, in the shape @google/genai's `models.generateContent` takes. */
export interface JsonRequest {
  model: string;
  contents: { role: 'user'; parts: { text: string }[] }[];
  config: {
    systemInstruction: string;
    responseMimeType: 'application/json';
    responseJsonSchema: Record<string, unknown>;
    temperature?: number;
    abortSignal?: AbortSignal;
  };
}

export function jsonRequest<Input>(
  model: string,
  task: JsonTask<Input, unknown>,
  input: Input,
  signal?: AbortSignal,
): JsonRequest {
  const prompt = task.prompt(input);
  return {
    model,
    contents: [{ role: 'user', parts: [{ text: prompt.userText }] }],
    config: {
      systemInstruction: prompt.systemInstruction,
      responseMimeType: 'application/json',
      responseJsonSchema: task.jsonSchema,
      ...chooseTextModel(model).profile.generation,
      ...(signal ? { abortSignal: signal } : {}),
    },
  };
}

export type GenerateContent = (request: JsonRequest) => Promise<{ text?: string | undefined }>;

/** How each side names a failure: the server as an upstream error, the browser as an ApiError. */
export interface GenerationFailures {
  /** The call itself failed (network, status, deadline). */
  call(err: unknown): unknown;
  /** The model answered, but not with JSON of the task's shape. */
  invalid(): unknown;
}

export interface JsonGeneration<Input, Output> {
  model: string;
  task: JsonTask<Input, Output>;
  input: Input;
  failures: GenerationFailures;
  signal?: AbortSignal;
}

/** Asks the model and validates its answer; an unusable answer is a failure of its own, not a crash. */
export async function generateValidatedJson<Input, Output>(
  generate: GenerateContent,
  job: JsonGeneration<Input, Output>,
): Promise<Output> {
  let text: string | undefined;
  try {
    text = (await generate(jsonRequest(job.model, job.task, job.input, job.signal))).text;
  } catch (err) {
    throw job.failures.call(err);
  }
  const value = parseModelJson(job.task.schema, text);
  if (value === undefined) throw job.failures.invalid();
  return job.task.finish(value, job.input);
}
