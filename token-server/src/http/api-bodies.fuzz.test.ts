import fc from 'fast-check';
import type { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepRequestSchema } from '../../../contracts/prep-request.ts';
import { reportRequestSchema } from '../../../contracts/report-request.ts';
import { samplePrepContent } from '../../../contracts/testing/sample-prep-content.ts';
import { CLIENT_HEADER, fakeAvatar, fakeMinter, makeTestApp, sampleReport } from '../testing/fixtures.ts';
import { pathsOf, replacedAt } from '../../../contracts/testing/json-paths.ts';

// Property tests of every API body: any JSON value, a valid body with any one value replaced,
// and text that is not JSON. Whatever arrives, the answer is a success or a 4xx with the one
// error shape, never a 5xx; and an upstream is called only with a request its schema accepts.

interface Route {
  path: string;
  valid: unknown;
  /** Checks what reached the upstream; throws when the route let through something invalid. */
  accepted: (seen: unknown) => boolean;
}

const seen: unknown[] = [];
const record = <T>(request: unknown, answer: T) => (seen.push(request), Promise.resolve(answer));

const routes: Route[] = [
  {
    path: '/api/live/token',
    valid: { voice: 'Kore', languageCode: 'en-GB', durationMinutes: 10 },
    accepted: (r) => z5to60((r as { durationMinutes: unknown }).durationMinutes),
  },
  {
    path: '/api/avatar/conversations',
    valid: { interviewId: 'iv-1', maxMinutes: 20 },
    accepted: (r) => z5to60((r as { maxCallSeconds: number }).maxCallSeconds / 60),
  },
  {
    path: '/api/report',
    valid: {
      interview: { topic: 'Sales', level: 'Beginner' },
      transcript: [{ role: 'candidate', text: 'I listen.', startMs: 0, endMs: 900 }],
    },
    accepted: (r) => reportRequestSchema.safeParse(r).success,
  },
  {
    path: '/api/prep',
    valid: {
      topic: 'Sales',
      level: 'Beginner',
      languageCode: 'en-GB',
      cvText: 'CV',
      jobTitle: 'AE',
      jobDescription: 'Sell.',
    },
    accepted: (r) => prepRequestSchema.safeParse(r).success,
  },
];

function z5to60(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 5 && n <= 60;
}

let app: Hono;
let client = 0;
beforeAll(() => {
  const minter = fakeMinter();
  app = makeTestApp({
    live: { mint: (req, signal) => (seen.push(req), minter.mint(req, signal)) },
    report: { write: (req) => record(req, sampleReport) },
    prep: { write: (req) => record(req, samplePrepContent) },
    avatar: fakeAvatar({
      createConversation: (req) => record(req, { conversationId: 'c1', conversationUrl: 'https://tavus.daily.co/c1' }),
    }),
  });
});

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('', ' ', '<<<END CV>>>', '__proto__', 'constructor', 1e308, -1, 0, 5, 60, 61, null, [], {}),
);

/** Sends the body, checks the answer against the rules above and gives its status. */
async function expectSafeAnswer(route: Route, body: string): Promise<number> {
  const before = seen.length;
  client += 1;
  const res = await app.request(route.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_HEADER]: `fuzz-${client}` },
    body,
  });
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    const error = ((await res.json()) as { error?: { code?: unknown; message?: unknown } }).error;
    expect(typeof error?.code).toBe('string');
    expect(error?.message).toMatch(/^[A-Z].*\.$/s);
    expect(seen.length).toBe(before);
  } else {
    expect(seen.length).toBe(before + 1);
    expect(route.accepted(seen.at(-1))).toBe(true);
  }
  return res.status;
}

describe.each(routes)('$path under fuzzing', (route) => {
  it('answers any JSON value with success or a 4xx sentence, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => void (await expectSafeAnswer(route, JSON.stringify(value)))),
    );
  });

  it('answers a valid body with any one value replaced the same way, calling the upstream only with a valid request', async () => {
    const paths = pathsOf(route.valid);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: paths.length - 1 }), hostileValue, async (index, value) => {
        await expectSafeAnswer(route, JSON.stringify(replacedAt(route.valid, paths[index] ?? [], value)));
      }),
    );
  });

  it('answers text that is not JSON with a 4xx sentence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 200 }),
        async (text) => void (await expectSafeAnswer(route, text)),
      ),
    );
  });

  it('accepts the valid body, so the properties above are about the changes alone', async () => {
    expect([200, 201]).toContain(await expectSafeAnswer(route, JSON.stringify(route.valid)));
  });
});

describe('the sendBeacon end of a conversation under fuzzing', () => {
  it('answers any id and any beacon body with 204 or a 4xx sentence, never a 5xx', async () => {
    const id = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
      fc.stringMatching(/^[\w-]{1,100}$/),
    );
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 300 }),
      fc.constant(''),
    );
    const type = fc.constantFrom(
      'text/plain;charset=UTF-8',
      'application/json',
      'application/x-www-form-urlencoded',
      '',
    );
    await fc.assert(
      fc.asyncProperty(id, body, type, async (conversationId, text, contentType) => {
        client += 1;
        const headers: Record<string, string> = {
          [CLIENT_HEADER]: `fuzz-${client}`,
          ...(contentType ? { 'content-type': contentType } : {}),
        };
        const res = await app.request(`/api/avatar/conversations/${encodeURIComponent(conversationId)}/end`, {
          method: 'POST',
          headers,
          body: text,
        });
        expect(res.status === 204 || (res.status >= 400 && res.status < 500)).toBe(true);
      }),
    );
  });
});
