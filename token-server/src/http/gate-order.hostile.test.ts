import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { samplePrepContent as samplePrepPack } from '../../../contracts/testing/sample-prep-content.ts';
import {
  CLIENT_HEADER,
  errorOf,
  fakeAvatar,
  fakeMinter,
  fakeReportWriter,
  jsonPost,
  makeTestApp,
} from '../testing/fixtures.ts';
import { ACCESS_CODE_HEADER } from './access-code.ts';

// The probe guessed the access code 1,000 times in under a second on a route whose feature was
// not configured: that route skipped the rate limit, and answered a right code with 503 and a
// wrong one with 401. Every paid route, configured or not, now runs the same order: budget,
// then access code, then whether the feature is set up.

const CODE = 'correct-horse-battery';
const LIMIT = 4;
const env = { ACCESS_CODE: CODE, RATE_LIMIT_PER_MINUTE: String(LIMIT) };

const routes: { path: string; body: unknown; unconfigured: string }[] = [
  { path: '/api/live/token', body: {}, unconfigured: 'live_unconfigured' },
  { path: '/api/avatar/conversations', body: { interviewId: 'i1' }, unconfigured: 'avatar_unconfigured' },
  {
    path: '/api/report',
    body: { interview: { topic: 'Go', level: 'Junior' }, transcript: [{ role: 'candidate', text: 'Hi' }] },
    unconfigured: 'report_unconfigured',
  },
  { path: '/api/prep', body: { topic: 'Go', level: 'Junior' }, unconfigured: 'prep_unconfigured' },
];

const bare = () => makeTestApp({ env });
const full = () =>
  makeTestApp({
    env,
    live: fakeMinter(),
    avatar: fakeAvatar(),
    report: fakeReportWriter(),
    prep: { write: () => Promise.resolve(samplePrepPack) },
  });

const guess = (app: Hono, path: string, body: unknown, code: string, client = 'guesser') =>
  app.request(path, jsonPost(body, { [ACCESS_CODE_HEADER]: code, [CLIENT_HEADER]: client }));

describe.each(routes)('$path', ({ path, body, unconfigured }) => {
  it('rate limits access-code guesses even when the feature is not configured', async () => {
    const app = bare();
    const statuses: number[] = [];
    for (let n = 0; n < LIMIT + 3; n++) statuses.push((await guess(app, path, body, `wrong-${n}`)).status);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429, 429, 429]);
  });

  it('refuses the right code too once the guesser has spent the budget', async () => {
    const app = bare();
    for (let n = 0; n < LIMIT; n++) await guess(app, path, body, `wrong-${n}`);
    expect((await guess(app, path, body, CODE)).status).toBe(429);
  });

  it('gives a wrong code the same answer whether or not the feature is configured', async () => {
    const [fromBare, fromFull] = await Promise.all([
      guess(bare(), path, body, 'nope'),
      guess(full(), path, body, 'nope'),
    ]);
    expect(fromBare.status).toBe(401);
    expect(fromFull.status).toBe(401);
    expect(await fromBare.text()).toBe(await fromFull.text());
  });

  it('tells only a caller with the right code that the feature is not configured', async () => {
    const res = await guess(bare(), path, body, CODE);
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe(unconfigured);
  });

  it('marks every answer, refusals included, as not to be stored by any cache', async () => {
    const app = full();
    const answers = [
      await guess(app, path, body, CODE, 'a'),
      await guess(app, path, body, 'nope', 'b'),
      await guess(bare(), path, body, CODE),
    ];
    expect(answers.map((r) => r.status)).toEqual([path.endsWith('conversations') ? 201 : 200, 401, 503]);
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('other API answers', () => {
  it('are not stored by caches either: health, not found and a malformed body', async () => {
    const app = full();
    const answers = [
      await app.request('/api/health'),
      await app.request('/api/nothing-here'),
      await app.request('/api/live/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [ACCESS_CODE_HEADER]: CODE },
        body: '{',
      }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 404, 400]);
    for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
