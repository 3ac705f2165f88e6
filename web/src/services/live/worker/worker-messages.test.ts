import { afterEach, describe, expect, it } from 'vitest';
import type { LiveToken } from '../../api/types';
import {
  eventMessage,
  isWorkerCommand,
  isWorkerReport,
  type WorkerCommand,
  type WorkerReport,
} from './worker-messages';
import { isLiveEventMessage, type LiveEventMessage } from './worker-event-guards';

const opened: MessagePort[] = [];
function port(): MessagePort {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  return port2;
}
afterEach(() => opened.splice(0).forEach((p) => p.close()));

const token: LiveToken = {
  token: 'auth_tokens/1',
  expiresAt: '2026-12-05T03:00:00Z',
  model: 'models/live',
  apiVersion: 'v1alpha',
};
const tool = { name: 'end_interview', description: 'Ends the interview.', parameters: { type: 'OBJECT' } };
const request = {
  config: {
    voice: 'Kore',
    languageCode: 'en-US',
    systemInstruction: 'Be brief.',
    tools: [tool],
    silenceDurationMs: 900,
  },
  durationMinutes: 20,
};

describe('page → worker commands', () => {
  const valid: WorkerCommand[] = [
    { type: 'open', request },
    { type: 'open', request: { ...request, nudgeText: 'Please go on.' } },
    { type: 'connect' },
    { type: 'token', id: 1, token },
    { type: 'token', id: 2, token: { ...token, baseUrl: 'http://127.0.0.1:9' } },
    { type: 'token-failed', id: 1, code: 'token', message: 'No permission.' },
    { type: 'audio', pcm: new Int16Array(320) },
    { type: 'audio-stream-end' },
    { type: 'activity-start' },
    { type: 'activity-end' },
    { type: 'open', request: { ...request, config: { ...request.config, manualActivity: true } } },
    { type: 'text', text: 'My answer' },
    { type: 'tool-response', id: 'fc1', name: 'end_interview', response: { ok: true } },
    { type: 'capture-port', port: port() },
    { type: 'mic-open', open: true },
    { type: 'playback-port', port: port() },
    { type: 'hold-answers' },
    { type: 'answer-open', streamMs: 1250 },
    { type: 'answer-close' },
    { type: 'close' },
  ];

  it.each(valid.map((c) => [c.type, c] as const))('accepts a well-formed %s', (_type, command) => {
    expect(isWorkerCommand(command)).toBe(true);
  });

  const invalid: [string, unknown][] = [
    ['an open without durationMinutes', { type: 'open', request: { config: request.config } }],
    [
      'an open whose config lacks the voice',
      { type: 'open', request: { ...request, config: { ...request.config, voice: 3 } } },
    ],
    [
      'an open whose manualActivity is not a boolean',
      { type: 'open', request: { ...request, config: { ...request.config, manualActivity: 'yes' } } },
    ],
    [
      'an open without tools',
      { type: 'open', request: { ...request, config: { ...request.config, tools: undefined } } },
    ],
    [
      'an open with a nameless tool',
      { type: 'open', request: { ...request, config: { ...request.config, tools: [{ description: 'x' }] } } },
    ],
    ['an open with a non-text nudge', { type: 'open', request: { ...request, nudgeText: 1 } }],
    ['a token without a model', { type: 'token', id: 1, token: { ...token, model: undefined } }],
    ['a token with a negative id', { type: 'token', id: -1, token }],
    ['a token failure with an unknown code', { type: 'token-failed', id: 1, code: 'nope', message: 'x' }],
    ['audio as a plain array', { type: 'audio', pcm: [1, 2, 3] }],
    ['audio as floats', { type: 'audio', pcm: new Float32Array(4) }],
    ['text that is not text', { type: 'text', text: 42 }],
    ['a tool response without an id', { type: 'tool-response', name: 'end_interview', response: {} }],
    [
      'a tool response whose response is an array',
      { type: 'tool-response', id: 'fc1', name: 'end_interview', response: [] },
    ],
    ['a capture port that is not a port', { type: 'capture-port', port: {} }],
    ['a playback port that is missing', { type: 'playback-port' }],
    ['a mic gate that is not a boolean', { type: 'mic-open', open: 'yes' }],
    ['an answer opened at no stream time', { type: 'answer-open' }],
    ['an answer opened before the stream began', { type: 'answer-open', streamMs: -20 }],
    ['an unknown type', { type: 'reboot' }],
    ['null', null],
    ['an array', [{ type: 'close' }]],
  ];

  it.each(invalid)('refuses %s', (_what, value) => {
    expect(isWorkerCommand(value)).toBe(false);
  });
});

describe('worker → page reports', () => {
  const events: LiveEventMessage[] = [
    eventMessage('audio', { pcm: new Int16Array(480) }),
    eventMessage('outputTranscript', { text: 'Hello' }),
    eventMessage('inputTranscript', { text: 'Hi' }),
    eventMessage('interrupted', {}),
    eventMessage('generationComplete', {}),
    eventMessage('turnComplete', {}),
    eventMessage('toolCall', { id: 'fc1', name: 'end_interview', args: { reason: 'completed' } }),
    eventMessage('connection', { state: 'connecting', step: 'token' }),
    eventMessage('connection', { state: 'reconnecting' }),
    eventMessage('resumed', { cause: 'goAway' }),
    eventMessage('resumed', { cause: 'drop', reasked: true }),
    eventMessage('error', { code: 'connection-lost', message: 'Lost.' }),
    eventMessage('audioPlayed', { samples: 960 }),
  ];

  it.each(events.map((e) => [e.name, e] as const))('accepts a well-formed %s event', (_name, event) => {
    expect(isLiveEventMessage(event)).toBe(true);
  });

  const badEvents: [string, unknown][] = [
    ['audio as an ArrayBuffer', { name: 'audio', payload: { pcm: new ArrayBuffer(4) } }],
    ['a transcript without text', { name: 'outputTranscript', payload: {} }],
    ['a tool call with list arguments', { name: 'toolCall', payload: { id: 'fc1', name: 'end_interview', args: [] } }],
    ['an unknown connection state', { name: 'connection', payload: { state: 'sleeping' } }],
    ['an unknown connection step', { name: 'connection', payload: { state: 'connecting', step: 'dns' } }],
    ['an unknown resume cause', { name: 'resumed', payload: { cause: 'boredom' } }],
    ['an error with an unknown code', { name: 'error', payload: { code: 'oops', message: 'x' } }],
    ['a played length that is not a count', { name: 'audioPlayed', payload: { samples: -1 } }],
    ['an event of an unknown name', { name: 'toString', payload: {} }],
    ['an event without a payload', { name: 'interrupted' }],
  ];

  it.each(badEvents)('refuses %s', (_what, value) => {
    expect(isLiveEventMessage(value)).toBe(false);
  });

  const valid: WorkerReport[] = [
    { type: 'token-request', id: 3, request: { voice: 'Kore', languageCode: 'en-US', durationMinutes: 20 } },
    { type: 'token-request', id: 4, request: {} },
    { type: 'connected' },
    { type: 'connect-failed', code: 'connect-timeout', message: 'Too slow.' },
    { type: 'events', events },
    { type: 'events', events: [] },
  ];

  it.each(valid.map((r) => [r.type, r] as const))('accepts a well-formed %s report', (_type, report) => {
    expect(isWorkerReport(report)).toBe(true);
  });

  it('refuses a batch with one bad event in it, and reports of unknown shape', () => {
    expect(isWorkerReport({ type: 'events', events: [...events, { name: 'audio', payload: { pcm: 'AAAA' } }] })).toBe(
      false,
    );
    expect(isWorkerReport({ type: 'events', events: {} })).toBe(false);
    expect(isWorkerReport({ type: 'token-request', id: 'one', request: {} })).toBe(false);
    expect(isWorkerReport({ type: 'token-request', id: 1 })).toBe(false);
    expect(isWorkerReport({ type: 'token-request', id: 1, request: { durationMinutes: '20' } })).toBe(false);
    expect(isWorkerReport({ type: 'connect-failed', code: 'token' })).toBe(false);
    expect(isWorkerReport({ type: 'hello' })).toBe(false);
    expect(isWorkerReport(undefined)).toBe(false);
  });

  it('survives a real structured clone through a MessageChannel', async () => {
    const { port1, port2 } = new MessageChannel();
    opened.push(port1, port2);
    const received = new Promise<unknown>(
      (resolve) => (port2.onmessage = (e: MessageEvent<unknown>) => resolve(e.data)),
    );
    const pcm = new Int16Array([1, -2, 3]);
    port1.postMessage({ type: 'events', events: [eventMessage('audio', { pcm }), eventMessage('turnComplete', {})] }, [
      pcm.buffer,
    ]);
    const data = await received;
    expect(isWorkerReport(data)).toBe(true);
    expect(pcm.length).toBe(0); // transferred, not copied
  });
});
