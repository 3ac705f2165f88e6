import { describe, expect, it } from 'vitest';
import type { ReportRequest } from '../../../contracts/report-request.ts';
import { UpstreamError } from '../upstream/upstream-error.ts';
import { errorOf, fakeReportWriter, jsonPost, makeTestApp, sampleReport } from '../testing/fixtures.ts';

const PATH = '/api/report';

const request: ReportRequest = {
  interview: { topic: 'Python backend', level: 'Intermediate', cvText: 'Five years of Django.' },
  transcript: [
    { role: 'interviewer', text: 'Tell me about a project.', startMs: 0, endMs: 2000 },
    { role: 'candidate', text: 'I led the migration to Postgres.', startMs: 2500, endMs: 9000 },
  ],
};

describe('POST /api/report', () => {
  it('returns the validated report', async () => {
    const seen: ReportRequest[] = [];
    const app = makeTestApp({ report: { write: (req) => (seen.push(req), Promise.resolve(sampleReport)) } });
    const res = await app.request(PATH, jsonPost(request));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(sampleReport);
    expect(seen).toEqual([request]);
  });

  it('answers 503 report_unconfigured without a Gemini key', async () => {
    const res = await makeTestApp().request(PATH, jsonPost(request));
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('report_unconfigured');
  });

  it('explains that a transcript without any answer cannot be assessed', async () => {
    const res = await makeTestApp({ report: fakeReportWriter() }).request(
      PATH,
      jsonPost({
        ...request,
        transcript: [
          { role: 'interviewer', text: 'Hello?' },
          { role: 'candidate', text: '  ' },
        ],
      }),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('transcript_empty');
  });

  it.each([
    [{ interview: request.interview, transcript: [] }, 'transcript'],
    [{ ...request, interview: { ...request.interview, topic: '' } }, 'interview.topic'],
    [{ ...request, transcript: [{ role: 'coach', text: 'hi' }] }, 'transcript.0.role'],
    [{ ...request, interview: { ...request.interview, systemPrompt: 'be nice' } }, 'systemPrompt'],
  ])('rejects an invalid request with 400 naming the field (%#)', async (body, field) => {
    const res = await makeTestApp({ report: fakeReportWriter() }).request(PATH, jsonPost(body));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain(field);
  });

  it('accepts a long interview but refuses more than 1 MB with 413', async () => {
    const app = makeTestApp({ report: fakeReportWriter() });
    const long = {
      ...request,
      transcript: Array.from({ length: 400 }, () => ({ role: 'candidate', text: 'word '.repeat(400) })),
    };
    expect((await app.request(PATH, jsonPost(long))).status).toBe(200);
    const huge = {
      ...request,
      transcript: Array.from({ length: 1000 }, () => ({ role: 'candidate', text: 'word '.repeat(400) })),
    };
    const res = await app.request(PATH, jsonPost(huge));
    expect(res.status).toBe(413);
  });

  it.each([
    ['invalid_output', 502, 'report_invalid'],
    ['timeout', 504, 'upstream_timeout'],
    ['failed', 502, 'upstream_failed'],
    ['auth', 502, 'upstream_auth'],
  ] as const)('maps a Gemini %s to %i %s', async (failure, status, code) => {
    const app = makeTestApp({ report: { write: () => Promise.reject(new UpstreamError('Gemini', failure)) } });
    const res = await app.request(PATH, jsonPost(request));
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('tells the user to try again when the model wrote an unusable report', async () => {
    const app = makeTestApp({ report: { write: () => Promise.reject(new UpstreamError('Gemini', 'invalid_output')) } });
    expect((await errorOf(await app.request(PATH, jsonPost(request)))).message).toMatch(/try again/i);
  });
});
