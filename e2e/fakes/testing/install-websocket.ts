import { nodeWs } from '../shared/node-ws.ts';

// Node 20 has no global WebSocket. The SDK's Node build brings its own (`ws`), but its web build
// (which Vitest picks here, and which the browser runs) calls the global constructor, so tests
// provide ws's client under that name when it is missing.
if (typeof globalThis.WebSocket === 'undefined') {
  Object.defineProperty(globalThis, 'WebSocket', { value: nodeWs.WebSocket, configurable: true, writable: true });
}
