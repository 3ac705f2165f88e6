import { describe, expect, it } from 'vitest';
import { makePagePolicyWatch } from './page-policy-watch';

function violation(blockedURI: string): Event {
  return Object.assign(new Event('securitypolicyviolation'), { blockedURI, violatedDirective: 'connect-src' });
}

describe('makePagePolicyWatch', () => {
  const page = () => 'http://127.0.0.1:8787/settings';

  it('reports a connection the page policy refused to the watched server', async () => {
    const doc = new EventTarget();
    const watch = makePagePolicyWatch(doc, page)('https://other.example/api/health');
    doc.dispatchEvent(violation('https://other.example/api/health'));
    await expect(watch.blocked()).resolves.toBe(true);
  });

  it('waits for a violation that arrives just after the request failed', async () => {
    const doc = new EventTarget();
    const watch = makePagePolicyWatch(doc, page)('https://other.example/api/health');
    const answer = watch.blocked();
    setTimeout(() => doc.dispatchEvent(violation('https://other.example')), 10);
    await expect(answer).resolves.toBe(true);
  });

  it('ignores violations for other addresses, and none at all means the server was unreachable', async () => {
    const doc = new EventTarget();
    const watch = makePagePolicyWatch(doc, page)('https://other.example/api/health');
    doc.dispatchEvent(violation('https://tracker.example/pixel'));
    await expect(watch.blocked()).resolves.toBe(false);
  });
});
