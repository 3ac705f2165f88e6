import { describe, expect, it } from 'vitest';
import { browserFamily, micGuidance, micReasonFrom } from './mic-guidance';

describe('micReasonFrom', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'insecure-context'],
    ['NotFoundError', 'not-found'],
    ['OverconstrainedError', 'not-found'],
    ['NotReadableError', 'in-use'],
    ['AbortError', 'in-use'],
    ['SomethingElse', 'unknown'],
  ] as const)('reads %s as %s', (name, reason) => {
    expect(micReasonFrom(new DOMException('x', name))).toBe(reason);
  });

  it('treats a missing mediaDevices API as unsupported', () => {
    expect(micReasonFrom(new TypeError("Cannot read properties of undefined (reading 'getUserMedia')"))).toBe(
      'unsupported',
    );
  });
});

describe('browserFamily', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Safari/537.36', 'chrome'],
    [
      'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Safari/537.36 Edg/141.0',
      'edge',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'firefox'],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
      'safari',
    ],
    ['curl/8.0', 'other'],
  ] as const)('recognises %s', (ua, family) => {
    expect(browserFamily(ua)).toBe(family);
  });
});

describe('micGuidance', () => {
  it('gives browser-specific steps for a denied permission', () => {
    expect(micGuidance('denied', 'firefox').steps.join(' ')).toContain('crossed-out microphone');
    expect(micGuidance('denied', 'safari').steps.join(' ')).toContain('Settings for this website');
    expect(micGuidance('denied', 'chrome').steps.join(' ')).toContain('address bar');
  });

  it('explains a missing microphone', () => {
    expect(micGuidance('not-found', 'chrome').title).toBe('No microphone was found.');
  });
});
