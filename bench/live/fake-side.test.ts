import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../e2e/fakes/gemini/conversation.ts';
import type { FakeGeminiControl } from '../../e2e/fakes/gemini/control.ts';
import { emptyProbeRecords } from '../page/probe-empty.ts';
import type { ProbeRecords } from '../page/probe-records.ts';
import { captureToServer, requestedSilenceMs } from './fake-side.ts';

const ORIGIN = 1_000_000;

function probe(): ProbeRecords {
  return {
    ...emptyProbeRecords(),
    captures: [
      { capturedAt: 100, deliveredAt: 101, sentAt: 102, samples: 320, socket: 0, key: -1 },
      { capturedAt: 120, deliveredAt: 121, sentAt: -1, samples: 320, socket: -1, key: -1 },
      { capturedAt: 140, deliveredAt: 141, sentAt: 143, samples: 320, socket: 0, key: -1 },
    ],
    sockets: [{ url: 'ws://h//ws/x?access_token=auth_tokens/t1', openedAt: 0, firstMessageAt: 1, audioSent: 2 }],
  };
}

describe('what the fake Gemini saw, in the analysis shapes', () => {
  it("pairs each socket's sends with its connection's reads in order, across the two clocks", () => {
    const control = {
      connections: [{ id: 7, credential: { kind: 'token', name: 'auth_tokens/t1' } }],
    } as unknown as FakeGeminiControl;
    const pcm = new Int16Array(320);
    const conv = {
      received: [
        { pcm, at: ORIGIN + 103, connectionId: 7 },
        { pcm, at: ORIGIN + 145, connectionId: 7 },
      ],
    } as unknown as Conversation;
    expect(captureToServer(probe(), control, conv, ORIGIN, 0, Number.POSITIVE_INFINITY)).toEqual([3, 5]);
    expect(captureToServer(probe(), control, conv, ORIGIN, 130, Number.POSITIVE_INFINITY)).toEqual([5]);
  });

  it('reads the silence the client asked for from its Live setup, and refuses to guess without one', () => {
    const conv = (setup: Record<string, unknown>) =>
      ({ setups: [{ connectionId: 1, at: 0, setup }] }) as unknown as Conversation;
    expect(
      requestedSilenceMs(conv({ realtimeInputConfig: { automaticActivityDetection: { silenceDurationMs: 500 } } })),
    ).toBe(500);
    expect(() => requestedSilenceMs(conv({}))).toThrow(/silenceDurationMs/);
    // The room marks the turns itself (manual activity): the server waits for no silence.
    expect(
      requestedSilenceMs(conv({ realtimeInputConfig: { automaticActivityDetection: { disabled: true } } })),
    ).toBeUndefined();
    // The token's locked fields count: what took effect, not only what the client sent.
    const locked = {
      setups: [
        {
          connectionId: 1,
          at: 0,
          setup: {},
          effective: { realtimeInputConfig: { automaticActivityDetection: { disabled: true } } },
        },
      ],
    } as unknown as Conversation;
    expect(requestedSilenceMs(locked)).toBeUndefined();
  });
});
