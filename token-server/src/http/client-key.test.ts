import { describe, expect, it } from 'vitest';
import { clientKeyFrom } from './client-key.ts';

describe('clientKeyFrom', () => {
  it('uses the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientKeyFrom(false, '203.0.113.9', '10.0.0.2')).toBe('10.0.0.2');
  });

  it('uses the address the trusted proxy saw, not the ones the client wrote before it', () => {
    expect(clientKeyFrom(true, '1.1.1.1, 198.51.100.7', '10.0.0.2')).toBe('198.51.100.7');
  });

  it('falls back to the socket address when a trusted proxy sent no header', () => {
    expect(clientKeyFrom(true, undefined, '10.0.0.2')).toBe('10.0.0.2');
    expect(clientKeyFrom(true, ' , ', '10.0.0.2')).toBe('10.0.0.2');
  });

  it('still gives a key when the address is unknown', () => {
    expect(clientKeyFrom(false, undefined, undefined)).toBe('unknown');
  });
});
