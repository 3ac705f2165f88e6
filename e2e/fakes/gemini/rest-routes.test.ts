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

function generate(
  apiKey = FAKE_GEMINI_KEY,
  timeout?: number,
  model = 'gemini-3.8-flash',
): Promise<{ text: string | undefined }> {
  const ai = new GoogleGenAI({ apiKey, httpOptions: { baseUrl: fake.url, timeout } });
  return ai.models.generateContent({
    model,
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
    expect(report).toEqual({
      score: expect.any(Number) as unknown,
      summary: expect.any(String) as unknown,
      strengths: expect.any(Array) as unknown,
      level: 'junior',
    });
    expect(report.score).toBeGreaterThanOrEqual(1);
    expect(report.score).toBeLessThanOrEqual(10);
    expect(fake.control.generateRequests[0]).toMatchObject({ apiVersion: 'v1', model: 'gemini-3.8-flash' });
  });

  it('uses the reply text a test provides', async () => {
    fake.control.setReportText((req) => JSON.stringify({ model: req.model }));
    expect((await generate()).text).toBe('{"model":"gemini-3.8-flash"}');
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

  it('rejects a wrong key as Google does: 400 INVALID_ARGUMENT, reason API_KEY_INVALID', async () => {
    await expect(generate('wrong-key')).rejects.toThrow(/400.*API_KEY_INVALID/s);
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

describe('fake Gemini models', () => {
  const ai = (): GoogleGenAI =>
    new GoogleGenAI({ apiKey: FAKE_GEMINI_KEY, httpOptions: { apiVersion: 'v1beta', baseUrl: fake.url } });

  // protocols.md "A model that is gone": REST answers 404 NOT_FOUND.
  it('refuses generateContent on a shut-down model with 404 NOT_FOUND', async () => {
    await expect(generate(FAKE_GEMINI_KEY, undefined, 'gemini-2.5-flash')).rejects.toThrow(
      /404.*models\/gemini-2\.5-flash is not found/s,
    );
  });

  it('refuses generateContent on a Live-only model with 404', async () => {
    await expect(generate(FAKE_GEMINI_KEY, undefined, 'gemini-3.8-live')).rejects.toThrow(
      /404.*not supported for generateContent/s,
    );
  });

  it('answers GET models/{m} for a served model with its methods', async () => {
    const model = await ai().models.get({ model: 'gemini-3.8-live' });
    expect(model.name).toBe('models/gemini-3.8-live');
    expect(model.supportedActions).toEqual(['bidiGenerateContent']);
  });

  it('answers GET models/{m} with 404 for a model it does not serve', async () => {
    await expect(ai().models.get({ model: 'gemini-2.5-flash' })).rejects.toThrow(/404/);
  });

  it('refuses a model a test retires, on both routes', async () => {
    fake.control.retireModel('gemini-3.8-flash');
    await expect(ai().models.get({ model: 'gemini-3.8-flash' })).rejects.toThrow(/404/);
    await expect(generate()).rejects.toThrow(/404/);
    expect(fake.control.models).not.toContain('gemini-3.8-flash');
  });
});
