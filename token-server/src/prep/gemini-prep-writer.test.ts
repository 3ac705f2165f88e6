import { describe, expect, it } from 'vitest';
import { hangingFetch } from '../testing/fixtures.ts';
import { createGeminiPrepWriter } from './gemini-prep-writer.ts';
import { samplePrepContent as samplePrepPack } from '../../../contracts/testing/sample-prep-content.ts';
import { prepTask } from '../../../contracts/prep-prompt.ts';
import { SHARPEN_WITH_CV } from '../../../contracts/prep-sharpen.ts';

// The real @google/genai client, with its network replaced by a recording fetch.

interface Seen {
  url: string;
  headers: Headers;
  body: Record<string, unknown>;
}

function recordingFetch(seen: Seen[], reply: () => Response): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = typeof init?.body === 'string' ? init.body : '{}';
    seen.push({ url, headers: new Headers(init?.headers), body: JSON.parse(text) as Record<string, unknown> });
    return Promise.resolve(reply());
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const modelReply = (text: string) => json(200, { candidates: [{ content: { role: 'model', parts: [{ text }] } }] });
const writer = (fetchImpl: typeof fetch) =>
  createGeminiPrepWriter({ apiKey: 'g-secret', model: 'text-m', fetch: fetchImpl });
const open = () => new AbortController().signal;
const request = {
  topic: 'Payments backend',
  level: 'Advanced',
  cvText: 'Led the ledger migration.',
  jobDescription: 'Own the ledger.',
};

describe('Gemini preparation packs', () => {
  it('asks for JSON against the pack schema and returns the validated pack', async () => {
    const seen: Seen[] = [];
    expect(
      await writer(recordingFetch(seen, () => modelReply(JSON.stringify(samplePrepPack)))).write(request, open()),
    ).toEqual(samplePrepPack);
    expect(seen[0]?.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/text-m:generateContent');
    expect(seen[0]?.headers.get('x-goog-api-key')).toBe('g-secret');
    expect(seen[0]?.body.generationConfig).toMatchObject({
      responseMimeType: 'application/json',
      responseJsonSchema: prepTask.jsonSchema,
    });
    expect(JSON.stringify(seen[0]?.body.contents)).toContain('Led the ledger migration.');
    expect(JSON.stringify(seen[0]?.body.systemInstruction)).toContain('preparation pack');
  });

  it('adds the "sharpen" advice the model left out for a topic-only pack', async () => {
    const pack = await writer(recordingFetch([], () => modelReply(JSON.stringify(samplePrepPack)))).write(
      { topic: 'Leadership', level: 'Advanced' },
      open(),
    );
    expect(pack.sharpenWith).toContain(SHARPEN_WITH_CV);
  });

  it.each([
    ['text that is not JSON', 'Here are your questions: …'],
    ['JSON cut short', '{"focus": "Payments", "questions": ['],
    ['JSON of the wrong shape', JSON.stringify({ ...samplePrepPack, questions: [] })],
  ])('rejects %s as invalid output', async (_label, text) => {
    await expect(writer(recordingFetch([], () => modelReply(text))).write(request, open())).rejects.toMatchObject({
      failure: 'invalid_output',
    });
  });

  it('classifies a rejected key as auth and a server error as failed', async () => {
    await expect(
      writer(recordingFetch([], () => json(403, { error: { message: 'denied' } }))).write(request, open()),
    ).rejects.toMatchObject({ failure: 'auth' });
    await expect(
      writer(recordingFetch([], () => json(500, { error: { message: 'internal' } }))).write(request, open()),
    ).rejects.toMatchObject({ failure: 'failed' });
  });

  it('gives up with a timeout when its deadline passes', async () => {
    const deadline = new AbortController();
    const pending = writer(hangingFetch).write(request, deadline.signal);
    deadline.abort(new DOMException('deadline', 'TimeoutError'));
    await expect(pending).rejects.toMatchObject({ failure: 'timeout' });
  });
});
