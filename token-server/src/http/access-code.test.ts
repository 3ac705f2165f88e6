import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requireAccessCode, sameSecret } from './access-code.ts';
import { makeErrorHandler } from './error-response.ts';

describe('sameSecret', () => {
  it('matches equal codes only, whatever their lengths', () => {
    expect(sameSecret('sesame', 'sesame')).toBe(true);
    expect(sameSecret('sesam', 'sesame')).toBe(false);
    expect(sameSecret('sesame!', 'sesame')).toBe(false);
    expect(sameSecret('', 'sesame')).toBe(false);
  });
});

describe('requireAccessCode', () => {
  function app(readBodyCode?: () => Promise<string | undefined>) {
    const a = new Hono();
    a.onError(makeErrorHandler(() => undefined));
    a.post('/x', requireAccessCode({ expected: 'sesame', readBodyCode }), (c) => c.text('ok'));
    return a;
  }

  it('prefers the header over the body', async () => {
    const res = await app(() => Promise.resolve('wrong')).request('/x', {
      method: 'POST',
      headers: { 'x-access-code': 'sesame' },
    });
    expect(res.status).toBe(200);
  });

  it('falls back to the body only where the route allows it', async () => {
    expect((await app(() => Promise.resolve('sesame')).request('/x', { method: 'POST' })).status).toBe(200);
    expect((await app().request('/x', { method: 'POST' })).status).toBe(401);
  });
});
