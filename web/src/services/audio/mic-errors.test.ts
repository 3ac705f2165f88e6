import { describe, expect, it } from 'vitest';
import { micUnavailableReason, toMicError } from './mic-errors';
import { MicError } from './types';

describe('toMicError', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'not-found'],
    ['OverconstrainedError', 'not-found'],
    ['NotReadableError', 'in-use'],
    ['AbortError', 'in-use'],
    ['TypeError', 'unknown'],
  ])('turns a %s into the %s reason', (name, reason) => {
    const error = toMicError(new DOMException('browser text', name));
    expect(error).toBeInstanceOf(MicError);
    expect(error.reason).toBe(reason);
  });

  it('gives every reason a sentence that says what to do', () => {
    for (const name of ['NotAllowedError', 'NotFoundError', 'NotReadableError', 'Whatever']) {
      expect(toMicError(new DOMException('x', name)).message).toMatch(/\.$/);
      expect(toMicError(new DOMException('x', name)).message).toMatch(/try again|Reload|Plug|Close/);
    }
  });

  it('passes a MicError through and treats non-errors as unknown', () => {
    const original = new MicError('denied', 'x');
    expect(toMicError(original)).toBe(original);
    expect(toMicError('boom').reason).toBe('unknown');
    expect(toMicError(undefined).reason).toBe('unknown');
  });
});

describe('micUnavailableReason', () => {
  it('names an insecure page before anything else', () => {
    expect(micUnavailableReason({ isSecureContext: false, navigator: {} })).toBe('insecure-context');
  });

  it('names a browser without getUserMedia as unsupported', () => {
    expect(micUnavailableReason({ isSecureContext: true, navigator: {} })).toBe('unsupported');
  });

  it('is undefined when the microphone can be asked for', () => {
    expect(
      micUnavailableReason({ isSecureContext: true, navigator: { mediaDevices: { getUserMedia: () => 0 } } }),
    ).toBeUndefined();
  });
});
