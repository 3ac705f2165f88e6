// The SDK's browser build (what the app ships) against a local WebSocket server: checks the
// wire shapes this app depends on, and the timeout the SDK lacks. Node 20 has no WebSocket, so
// the `ws` package stands in for the browser's; tests resolve 'ws' to its browser stub, hence require.
import { createRequire } from 'node:module';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as WsModule from 'ws';
import { base64ToInt16, int16ToBase64 } from '../../lib/base64';
import type { LiveToken } from '../api/types';
import { systemClockForNode } from '../../lib/testing/node-clock';
import { makeGenaiOpener } from './genai-connection';
import { LiveError, type ConnectionEvent } from './types';

const requireHere = createRequire(import.meta.url);
// The package's own entry, by path: its exports map sends test builds to the browser stub.
const ws = requireHere(requireHere.resolve('ws/package.json').replace(/package\.json$/, 'index.js')) as typeof WsModule;
const { WebSocketServer } = ws;
type WebSocket = WsModule.WebSocket;

beforeAll(() => {
  (globalThis as { WebSocket?: unknown }).WebSocket ??= ws.WebSocket;
});

const config = {
  voice: 'Puck',
  languageCode: 'en-US',
  systemInstruction: 'Be kind.',
  tools: [{ name: 'end_interview', description: 'Ends the call.' }],
  silenceDurationMs: 900,
};

interface Server {
  url: string;
  received: Record<string, unknown>[];
  paths: string[];
  sockets: WebSocket[];
  close(): Promise<void>;
}

async function startServer(opts: { completeSetup: boolean }): Promise<Server> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const server: Server = {
    url: '',
    received: [],
    paths: [],
    sockets: [],
    close: () => new Promise((r) => wss.close(() => r())),
  };
  wss.on('connection', (ws, req) => {
    server.sockets.push(ws);
    server.paths.push(req.url ?? '');
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as Record<string, unknown>;
      server.received.push(msg);
      if ('setup' in msg && opts.completeSetup) ws.send(JSON.stringify({ setupComplete: {} }));
    });
  });
  const address = wss.address();
  server.url = address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : '';
  return server;
}

// 2.5 native audio: the one profile that honours silenceDurationMs, so the whole setup shows.
const MODEL = 'models/gemini-2.5-flash-native-audio-preview-12-2025';
const token = (s: Server): LiveToken => ({
  token: 'auth_tokens/abc',
  expiresAt: '',
  model: MODEL,
  apiVersion: 'v1alpha',
  baseUrl: s.url,
});

let server: Server | undefined;
afterEach(async () => {
  server?.sockets.forEach((s) => s.terminate());
  await server?.close();
  server = undefined;
});

describe('makeGenaiOpener with @google/genai', () => {
  it('sends the setup the Live API expects, with the resumption handle, to the constrained endpoint', async () => {
    server = await startServer({ completeSetup: true });
    const conn = await makeGenaiOpener({ config, clock: systemClockForNode })({
      token: token(server),
      handle: 'h9',
      onEvent: () => {},
    });
    const setup = server.received[0]?.setup as Record<string, unknown>;
    expect(server.paths[0]).toContain(
      'v1alpha.GenerativeService.BidiGenerateContentConstrained?access_token=auth_tokens/abc',
    );
    expect(setup.model).toBe(MODEL);
    expect(setup.generationConfig).toEqual({
      responseModalities: ['AUDIO'],
      speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: 'Puck' } } },
    });
    expect(setup.systemInstruction).toMatchObject({ parts: [{ text: 'Be kind.' }] });
    expect(setup.sessionResumption).toEqual({ handle: 'h9' });
    expect(setup.realtimeInputConfig).toEqual({ automaticActivityDetection: { silenceDurationMs: 900 } });
    expect(setup.contextWindowCompression).toEqual({ slidingWindow: {} });
    expect(setup.inputAudioTranscription).toEqual({});
    expect(setup.outputAudioTranscription).toEqual({});
    expect(setup.tools).toEqual([{ functionDeclarations: [{ name: 'end_interview', description: 'Ends the call.' }] }]);
    conn.close();
  });

  it('sends audio as 16 kHz PCM, text as realtime text, and tool responses with their id', async () => {
    server = await startServer({ completeSetup: true });
    const conn = await makeGenaiOpener({ config, clock: systemClockForNode })({
      token: token(server),
      onEvent: () => {},
    });
    conn.sendAudio(new Int16Array([5, -5]));
    conn.sendText('My answer');
    conn.sendAudioStreamEnd();
    conn.sendToolResponse('fc1', 'end_interview', { ok: true });
    await until(() => server!.received.length === 5);
    const [, audio, text, end, tool] = server.received;
    const input = (audio?.realtimeInput as { audio: { data: string; mimeType: string } }).audio;
    expect(input.mimeType).toBe('audio/pcm;rate=16000');
    expect(Array.from(base64ToInt16(input.data))).toEqual([5, -5]);
    expect(text).toEqual({ realtimeInput: { text: 'My answer' } });
    expect(end).toEqual({ realtimeInput: { audioStreamEnd: true } });
    expect(tool).toEqual({
      toolResponse: { functionResponses: [{ id: 'fc1', name: 'end_interview', response: { ok: true } }] },
    });
    conn.close();
  });

  it('marks the candidate’s turn with empty activityStart and activityEnd messages, as the SDK puts them on the wire', async () => {
    server = await startServer({ completeSetup: true });
    const conn = await makeGenaiOpener({ config: { ...config, manualActivity: true }, clock: systemClockForNode })({
      token: token(server),
      onEvent: () => {},
    });
    conn.sendActivityStart();
    conn.sendActivityEnd();
    await until(() => server!.received.length === 3);
    const [setup, start, end] = server.received;
    expect((setup?.setup as { realtimeInputConfig?: unknown }).realtimeInputConfig).toEqual({
      automaticActivityDetection: { disabled: true },
    });
    expect(start).toEqual({ realtimeInput: { activityStart: {} } });
    expect(end).toEqual({ realtimeInput: { activityEnd: {} } });
    conn.close();
  });

  it('reports server messages and the close as typed events', async () => {
    server = await startServer({ completeSetup: true });
    const events: ConnectionEvent[] = [];
    await makeGenaiOpener({ config, clock: systemClockForNode })({
      token: token(server),
      onEvent: (e) => events.push(e),
    });
    const ws = server.sockets[0]!;
    ws.send(
      JSON.stringify({
        serverContent: {
          modelTurn: {
            parts: [{ inlineData: { mimeType: 'audio/pcm;rate=24000', data: int16ToBase64(new Int16Array([7])) } }],
          },
        },
      }),
    );
    ws.send(JSON.stringify({ sessionResumptionUpdate: { newHandle: 'h2', resumable: true } }));
    ws.close(1011, 'going away');
    await until(() => events.some((e) => e.type === 'close'));
    expect(events.map((e) => e.type)).toEqual(['audio', 'resumption', 'close']);
    expect(events[2]).toEqual({ type: 'close', code: 1011, reason: 'going away' });
  });

  it('gives up with a sentence when setup never completes', async () => {
    server = await startServer({ completeSetup: false });
    const open = makeGenaiOpener({ config, clock: systemClockForNode, connectTimeoutMs: 150 });
    const err = await open({ token: token(server), onEvent: () => {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LiveError);
    expect((err as LiveError).code).toBe('connect-timeout');
    expect((err as LiveError).message).toMatch(/did not answer in time/);
  });

  it('says the permission was refused when the server closes with 1008 before setup completes', async () => {
    server = await startServer({ completeSetup: false });
    const refuse = server;
    const closing = until(() => refuse.received.length > 0).then(() => refuse.sockets[0]?.close(1008, 'Unauthorized'));
    const err = await makeGenaiOpener({ config, clock: systemClockForNode })({
      token: token(server),
      onEvent: () => {},
    }).catch((e: unknown) => e);
    await closing;
    expect((err as LiveError).code).toBe('token');
    expect((err as LiveError).message).toMatch(/did not accept the permission.*Try again/);
  });

  it('says the server’s model is gone, not the token, when a 1008 before setup names the model', async () => {
    server = await startServer({ completeSetup: false });
    const refuse = server;
    const reason =
      'models/gemini-2.0-flash-live-001 is not found for API version v1alpha, or is not supported for bidiGenerateContent.';
    const closing = until(() => refuse.received.length > 0).then(() => refuse.sockets[0]?.close(1008, reason));
    const err = await makeGenaiOpener({ config, clock: systemClockForNode })({
      token: token(server),
      onEvent: () => {},
    }).catch((e: unknown) => e);
    await closing;
    expect((err as LiveError).code).toBe('model-unavailable');
    expect((err as LiveError).message).toMatch(/model is not available.*GEMINI_LIVE_MODEL/);
  });

  it('rejects with a sentence when the server refuses the connection', async () => {
    server = await startServer({ completeSetup: false });
    server.url = 'http://127.0.0.1:1';
    const err = await makeGenaiOpener({ config, clock: systemClockForNode })({
      token: token(server),
      onEvent: () => {},
    }).catch((e: unknown) => e);
    expect((err as LiveError).code).toBe('connect-failed');
  });
});

async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
