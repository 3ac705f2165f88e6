import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrepRequest } from '../../../contracts/prep-request.ts';
import { samplePrepContent as samplePrepPack } from '../../../contracts/testing/sample-prep-content.ts';
import type { ReportRequest } from '../../../contracts/report-request.ts';
import { fakeAvatar, fakeMinter, jsonPost, makeTestApp, sampleReport } from '../testing/fixtures.ts';

// Huge and unicode-laden strings. Identifiers (voice, language, interview and conversation ids)
// are plain ASCII or refused; free text (a CV, a transcript) is the candidate's own and reaches
// the model exactly as sent, whatever it contains; anything over a limit is refused quickly.

// Not a speed check (the machines are shared and noisy): a bound far above any honest answer,
// so only a handler that hangs on the attack fails here.
const HANG_MS = 15_000;
const MEGABYTE = 'x'.repeat(1024 * 1024);

/** Characters that have tripped up servers: bidi overrides, NUL, lone surrogates, emoji sequences. */
const NASTY = {
  rtlOverride: 'admin\u202Etxt.exe',
  nul: 'before\u0000after',
  loneHigh: 'half \uD800 pair',
  loneLow: 'half \uDC00 pair',
  emojiFamily: '👩‍👩‍👧‍👦 and 🏳️‍🌈',
  combining: 'Z̴̡̢͓a̵̧l̸̨g̶o̷',
  zeroWidth: 'zero\u200Bwidth\uFEFFjoiner',
  arabic: 'مرحبا ١٢٣',
};

let app: Hono;
const reports: ReportRequest[] = [];
const preps: PrepRequest[] = [];

beforeEach(() => {
  reports.length = 0;
  preps.length = 0;
  app = makeTestApp({
    live: fakeMinter(),
    avatar: fakeAvatar(),
    report: { write: (req) => (reports.push(req), Promise.resolve(sampleReport)) },
    prep: { write: (req) => (preps.push(req), Promise.resolve(samplePrepPack)) },
    env: { RATE_LIMIT_PER_MINUTE: '10000' },
  });
});

afterEach(async () => {
  expect((await app.request('/api/health')).status).toBe(200);
});

async function send(path: string, body: unknown): Promise<{ status: number; message: string; ms: number }> {
  const startedAt = performance.now();
  const res = await app.request(path, jsonPost(body));
  const json = (await res.json()) as { error?: { message: string } };
  return { status: res.status, message: json.error?.message ?? '', ms: performance.now() - startedAt };
}

const odd = Object.entries(NASTY);

describe('identifiers', () => {
  it.each(odd)('refuses an interview id with %s in it', async (_name, text) => {
    const r = await send('/api/avatar/conversations', { interviewId: `iv-${text}` });
    expect(r.status).toBe(400);
    expect(r.message).toContain('interviewId');
  });

  it.each(odd)('refuses a voice with %s in it', async (_name, text) => {
    const r = await send('/api/live/token', { voice: `Kore${text}` });
    expect(r.status).toBe(400);
    expect(r.message).toContain('voice');
  });

  it.each(odd)('refuses a language code with %s in it', async (_name, text) => {
    const r = await send('/api/live/token', { languageCode: `en-${text}` });
    expect(r.status).toBe(400);
    expect(r.message).toContain('languageCode');
  });

  it.each(['%E2%80%AE', '%00', '%F0%9F%98%80', '%ED%A0%80', 'a%2F..%2F..%2Fb', 'x'.repeat(101)])(
    'refuses the conversation id %s in an end path',
    async (id) => {
      const res = await app.request(`/api/avatar/conversations/${id}/end`, jsonPost({}));
      expect(res.status).toBe(400);
    },
  );
});

describe('free text', () => {
  it('passes every odd character of a transcript to the report writer exactly as sent', async () => {
    const transcript = odd.map(([, text]) => ({ role: 'candidate' as const, text }));
    const r = await send('/api/report', {
      interview: { topic: NASTY.rtlOverride, level: NASTY.emojiFamily },
      transcript,
    });
    expect(r.status).toBe(200);
    expect(reports[0]?.transcript).toEqual(transcript);
    expect(reports[0]?.interview.topic).toBe(NASTY.rtlOverride);
  });

  it('passes every odd character of a CV to the prep writer exactly as sent', async () => {
    const cvText = Object.values(NASTY).join('\n');
    const r = await send('/api/prep', { topic: NASTY.arabic, level: 'Beginner', cvText });
    expect(r.status).toBe(200);
    expect(preps[0]?.cvText).toBe(cvText);
  });

  it('counts a field limit in code points, so 20,000 emoji fit a 20,000 limit and 20,001 do not', async () => {
    const turn = (text: string) => ({
      interview: { topic: 't', level: 'l' },
      transcript: [{ role: 'candidate', text }],
    });
    expect((await send('/api/report', turn('😀'.repeat(20_000)))).status).toBe(200);
    const over = await send('/api/report', turn('😀'.repeat(20_001)));
    expect(over.status).toBe(400);
    expect(over.message).toContain('transcript.0.text');
  });
});

describe('one-megabyte strings', () => {
  it.each([
    ['/api/live/token', { voice: MEGABYTE }],
    ['/api/avatar/conversations', { interviewId: MEGABYTE }],
    ['/api/report', { interview: { topic: 't', level: 'l' }, transcript: [{ role: 'candidate', text: MEGABYTE }] }],
    ['/api/prep', { topic: 't', level: 'l', cvText: MEGABYTE }],
  ])('refuses one on %s with 413 before reading it as JSON', async (path, body) => {
    const r = await send(path, body);
    expect(r.status).toBe(413);
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(reports.length + preps.length).toBe(0);
  });
});

describe('error messages', () => {
  it.each([
    ['a 400 KB unknown field name', { ['k'.repeat(400 * 1024)]: 1 }],
    ['a field name full of control and bidi characters', { [`a\u202E\u0000\u001b[31m\uD800${NASTY.zeroWidth}`]: 1 }],
  ])('stay a short readable sentence for %s', async (_name, extra) => {
    const r = await send('/api/report', {
      interview: { topic: 't', level: 'l' },
      transcript: [{ role: 'candidate', text: 'hi' }],
      ...extra,
    });
    expect(r.status).toBe(400);
    expect(r.message.length).toBeLessThan(300);
    expect(r.message).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
    expect(r.message).toMatch(/^The request was not accepted \(.+\)\. Reload the page and try again\.$/u);
  });
});
