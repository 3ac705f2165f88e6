import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, geminiOrigins } from './security-headers.ts';

describe('contentSecurityPolicy', () => {
  it("lets the SPA reach its own origin, Gemini's WebSocket and Daily", () => {
    const csp = contentSecurityPolicy();
    expect(csp.connectSrc).toEqual(
      expect.arrayContaining([
        "'self'",
        'wss://generativelanguage.googleapis.com',
        'https://*.daily.co',
        'wss://*.daily.co',
      ]),
    );
  });

  it('allows blob: workers and worklets, and media from blobs and media streams', () => {
    const csp = contentSecurityPolicy();
    expect(csp.workerSrc).toContain('blob:');
    expect(csp.scriptSrc).toContain('blob:');
    expect(csp.mediaSrc).toEqual(expect.arrayContaining(['blob:', 'mediastream:']));
  });

  it('never allows eval of strings or being framed', () => {
    const csp = contentSecurityPolicy();
    expect(csp.scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.scriptSrc).not.toContain("'unsafe-inline'");
    expect(csp.frameAncestors).toEqual(["'none'"]);
  });
});

describe('geminiOrigins', () => {
  it('adds ws:// for an http endpoint such as the local fake', () => {
    expect(geminiOrigins('http://127.0.0.1:9100')).toEqual(
      expect.arrayContaining(['http://127.0.0.1:9100', 'ws://127.0.0.1:9100']),
    );
  });

  it('adds wss:// for an https proxy', () => {
    expect(geminiOrigins('https://proxy.example/gemini')).toEqual(
      expect.arrayContaining(['https://proxy.example', 'wss://proxy.example']),
    );
  });

  it("lists only Google's endpoint when none is configured", () => {
    expect(geminiOrigins()).toEqual([
      'https://generativelanguage.googleapis.com',
      'wss://generativelanguage.googleapis.com',
    ]);
  });
});
