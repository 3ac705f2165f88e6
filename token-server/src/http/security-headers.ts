import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

// Security headers for everything the server sends, with a Content-Security-Policy that lets the
// SPA do its job and little else: talk to its own origin, open the Gemini Live WebSocket (and
// the configured Gemini endpoint, for proxies and the test fakes), join Tavus's Daily room,
// run its pdf.js worker and AudioWorklets, and play audio/video from blobs and media streams.

const GEMINI_HOST = 'generativelanguage.googleapis.com';

/**
 * Daily's call engine is fetched from its CDN (c.daily.co) when a call is joined. It is allowed
 * as a script source, but 'unsafe-eval' is not: the browser side must create the call object
 * with `dailyConfig: { avoidEval: true }` so the engine loads as a script instead of through eval.
 */
const DAILY = ['https://*.daily.co', 'wss://*.daily.co'];
/** Tavus serves replica media (thumbnails, idle video) from its own domain. */
const TAVUS = 'https://*.tavus.io';

/** Both the HTTP and the WebSocket origin of a Gemini endpoint (ws:// for an http base). */
export function geminiOrigins(baseUrl?: string): string[] {
  const origins = [`https://${GEMINI_HOST}`, `wss://${GEMINI_HOST}`];
  if (baseUrl && URL.canParse(baseUrl)) {
    const url = new URL(baseUrl);
    const socketScheme = url.protocol === 'http:' ? 'ws:' : 'wss:';
    origins.push(url.origin, `${socketScheme}//${url.host}`);
  }
  return [...new Set(origins)];
}

export function contentSecurityPolicy(geminiBaseUrl?: string) {
  return {
    defaultSrc: ["'self'"],
    connectSrc: ["'self'", ...geminiOrigins(geminiBaseUrl), ...DAILY, TAVUS],
    // blob: lets an AudioWorklet module built at runtime load; 'wasm-unsafe-eval' lets pdf.js
    // compile its WebAssembly image decoders. Neither allows eval of strings.
    scriptSrc: ["'self'", "'wasm-unsafe-eval'", 'blob:', 'https://*.daily.co'],
    workerSrc: ["'self'", 'blob:'],
    mediaSrc: ["'self'", 'blob:', 'mediastream:', ...DAILY, TAVUS],
    imgSrc: ["'self'", 'data:', 'blob:', TAVUS],
    // Solid writes some styles as attributes; inline style cannot run code.
    styleSrc: ["'self'", "'unsafe-inline'"],
    fontSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

export function securityHeaders(geminiBaseUrl?: string): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: contentSecurityPolicy(geminiBaseUrl),
    // The interview needs the microphone (and the optional self view, the camera) on our own
    // pages only; nothing embedded may ask.
    permissionsPolicy: { microphone: ['self'], camera: ['self'], geolocation: [], payment: [], usb: [] },
    referrerPolicy: 'no-referrer',
  });
}
