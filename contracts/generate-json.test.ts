import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJsonTask, generateValidatedJson, type GenerateContent, type JsonRequest } from './generate-json.ts';

const task = defineJsonTask<{ name: string }, { greeting: string }>({
  schema: z.object({ greeting: z.string().min(1) }),
  prompt: (input) => ({ systemInstruction: 'Greet.', userText: `Name: ${input.name}` }),
  finish: (output, input) => ({ greeting: `${output.greeting}, ${input.name}` }),
});

const failures = {
  call: (err: unknown) => new Error(`call failed: ${String(err)}`),
  invalid: () => new Error('invalid'),
};

function answering(text: string | undefined): { seen: JsonRequest[]; generate: GenerateContent } {
  const seen: JsonRequest[] = [];
  return { seen, generate: (request) => (seen.push(request), Promise.resolve({ text })) };
}

describe('generateValidatedJson', () => {
  it('sends the prompt, the JSON schema and the model’s own temperature, and finishes a valid answer', async () => {
    const { seen, generate } = answering('{"greeting":"Hello"}');
    const signal = new AbortController().signal;
    await expect(
      generateValidatedJson(generate, { model: 'gemini-3.8-flash', task, input: { name: 'Ada' }, failures, signal }),
    ).resolves.toEqual({ greeting: 'Hello, Ada' });
    expect(seen[0]).toEqual({
      model: 'gemini-3.8-flash',
      contents: [{ role: 'user', parts: [{ text: 'Name: Ada' }] }],
      config: {
        systemInstruction: 'Greet.',
        responseMimeType: 'application/json',
        responseJsonSchema: task.jsonSchema,
        temperature: 1,
        abortSignal: signal,
      },
    });
    expect(task.jsonSchema.$schema).toBeUndefined();
  });

  it.each([
    ['text that is not JSON', 'Hello'],
    ['JSON of the wrong shape', '{"greeting":""}'],
    ['no text at all', undefined],
  ])('names %s as an invalid answer', async (_label, text) => {
    await expect(
      generateValidatedJson(answering(text).generate, { model: 'm', task, input: { name: 'Ada' }, failures }),
    ).rejects.toThrow('invalid');
  });

  it('names a failed call through the caller’s own mapping', async () => {
    const generate: GenerateContent = () => Promise.reject(new Error('503'));
    await expect(
      generateValidatedJson(generate, { model: 'm', task, input: { name: 'Ada' }, failures }),
    ).rejects.toThrow('call failed: Error: 503');
  });

  it('leaves the temperature to a model whose profile names none', async () => {
    const { seen, generate } = answering('{"greeting":"Hello"}');
    await generateValidatedJson(generate, { model: 'gemini-2.5-flash', task, input: { name: 'Ada' }, failures });
    expect(seen[0]?.config).not.toHaveProperty('temperature');
  });
});
