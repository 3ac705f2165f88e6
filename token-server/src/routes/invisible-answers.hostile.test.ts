import { describe, expect, it } from 'vitest';
import type { ReportRequest } from '../../../contracts/report-request.ts';
import { errorOf, jsonPost, makeTestApp, sampleReport } from '../testing/fixtures.ts';

// A transcript whose candidate turns hold only invisible characters passed the "said anything"
// check (trim() keeps zero-width and bidi characters), so Gemini was paid to assess nothing.

const INVISIBLE = ['\u200B\u200B', '\uFEFF', '\u200D\u200C', '\u00AD', '\u202E\u202C', '\u2066\u2069', '\u0007'];

function appCountingReports() {
  const asked: ReportRequest[] = [];
  const app = makeTestApp({ report: { write: (req) => (asked.push(req), Promise.resolve(sampleReport)) } });
  return { app, asked };
}

const body = (text: string) => ({
  interview: { topic: 'Sales', level: 'Junior' },
  transcript: [
    { role: 'interviewer', text: 'Tell me about you.' },
    { role: 'candidate', text },
  ],
});

describe('a report request whose answers are invisible', () => {
  it.each(INVISIBLE.map((text) => [JSON.stringify(text), text]))(
    'is refused as empty (%s) without calling Gemini',
    async (_name, text) => {
      const { app, asked } = appCountingReports();
      const res = await app.request('/api/report', jsonPost(body(text)));
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('transcript_empty');
      expect(asked).toEqual([]);
    },
  );

  it('still writes a report when one visible character is among them', async () => {
    const { app, asked } = appCountingReports();
    const res = await app.request('/api/report', jsonPost(body('\u200Byes\u200B')));
    expect(res.status).toBe(200);
    expect(asked).toHaveLength(1);
  });
});
