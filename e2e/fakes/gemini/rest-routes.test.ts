import { GoogleGenAI } from '@google/genai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_GEMINI_KEY, type FakeGemini, startFakeGemini } from '../fake-gemini.ts';

// generateContent as the token server calls it for the written report, with the real SDK
// (whose default API version in 3.1.0 is v1).

let fake: FakeGemini;
const reportSchema = {
  type: 'object',
  properties: {
    score: { type: 'integer', minimum: 1, maximum: 10 },
    summary: { type: 'string', minLength: 10 },
    strengths: { type: 'array', items: { type: 'string' }, minItems: 1 },
    level: { type: 'string', enum: ['junior', 'senior'] },
  },
  required: ['score', 'summary', 'strengths', 'level'],
};

function generate(apiKey = FAKE_GEMINI_KEY, timeout?: number): Promise<{ text: string | undefined }> {
  const ai = new GoogleGenAI({ apiKey, httpOptions: { baseUrl: fake.url, timeout } });
  return ai.models.generateContent({
    model: 'gemini-2.5-flash',
    contents: 'Write the report.',
    config: { responseMimeType: 'application/json', responseJsonSchema: reportSchema },
  });
}

beforeEach(async () => {
  fake = await startFakeGemini();
});
afterEach(async () => {
  await fake.close();
});

describe('fake Gemini generateContent', () => {
  it('answers with JSON text that fits the requested schema, and records the request', async () => {
    const reply = await generate();
    const report = JSON.parse(reply.text ?? '') as Record<string, unknown>;
    expect(report).toEqual({ score: expect.any(Number) as unknown, summary: expect.any(String) as unknown, strengths: expect.any(Array) as unknown, level: 'junior' });
    expect(report.score).toBeGreaterThanOrEqual(1);
    expect(report.score).toBeLessThanOrEqual(10);
    expect(fake.control.generateRequests[0]).toMatchObject({ apiVersion: 'v1', model: 'gemini-2.5-flash' });
  });

  it('uses the reply text a test provides', async () => {
    fake.control.setReportText((req) => JSON.stringify({ model: req.model }));
    expect((await generate()).text).toBe('{"model":"gemini-2.5-flash"}');
  });

  it('can return text that is not valid JSON', async () => {
    fake.control.failHttp('generateContent', 'invalid-json', 1);
    const reply = await generate();
    expect(() => JSON.parse(reply.text ?? '') as unknown).toThrow();
    expect(JSON.parse((await generate()).text ?? '')).toHaveProperty('score');
  });

  it('can fail with 500 and with 401', async () => {
    fake.control.failHttp('generateContent', 'http-500', 1);
    await expect(generate()).rejects.toThrow(/500/);
    fake.control.failHttp('generateContent', 'http-401', 1);
    await expect(generate()).rejects.toThrow(/401/);
  });

  it('rejects a wrong key with 401', async () => {
    await expect(generate('wrong-key')).rejects.toThrow(/401/);
  });

  it('can hang until the caller gives up', async () => {
    fake.control.failHttp('generateContent', 'hang');
    const started = Date.now();
    await expect(generate(FAKE_GEMINI_KEY, 200)).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('can fail token minting', async () => {
    fake.control.failHttp('authTokens', 'http-500', 1);
    const ai = new GoogleGenAI({ apiKey: FAKE_GEMINI_KEY, httpOptions: { apiVersion: 'v1alpha', baseUrl: fake.url } });
    await expect(ai.authTokens.create({ config: { uses: 1 } })).rejects.toThrow(/500/);
    await expect(ai.authTokens.create({ config: { uses: 1 } })).resolves.toHaveProperty('name');
  });
});
