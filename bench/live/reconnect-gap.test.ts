import { describe, expect, it } from 'vitest';
import { emptyProbeRecords } from '../page/probe-empty.ts';
import type { CaptureRecord, ProbeRecords } from '../page/probe-records.ts';
import { lostListeningPerGoAway, lostListeningTotal, tokenOfSocket } from './reconnect-gap.ts';

const url = (token: string): string => `ws://127.0.0.1:1//ws/x.BidiGenerateContentConstrained?access_token=${token}`;

function records(captures: CaptureRecord[], goAways: ProbeRecords['goAways']): ProbeRecords {
  return {
    ...emptyProbeRecords(),
    captures,
    goAways,
    sockets: [
      { url: url('auth_tokens/a'), openedAt: 0, firstMessageAt: 1, audioSent: 0 },
      { url: url('auth_tokens/b'), openedAt: 500, firstMessageAt: 501, audioSent: 0 },
    ],
  };
}

const chunk = (capturedAt: number, socket: number): CaptureRecord => ({
  capturedAt,
  deliveredAt: capturedAt,
  sentAt: socket < 0 ? -1 : capturedAt + 1,
  samples: 320,
  key: -1,
  socket,
});

describe('lost listening per goAway', () => {
  it('reads the token a Live socket was opened with', () => {
    expect(tokenOfSocket(url('auth_tokens/abc'))).toBe('auth_tokens/abc');
    expect(tokenOfSocket('ws://host/path')).toBeUndefined();
  });

  it('is zero when every chunk went out and arrived', () => {
    const r = records([chunk(400, 0), chunk(420, 0), chunk(540, 1)], [{ at: 410, socket: 0 }]);
    const received = new Map([
      ['auth_tokens/a', { chunks: 2, samples: 640 }],
      ['auth_tokens/b', { chunks: 1, samples: 320 }],
    ]);
    expect(lostListeningPerGoAway(r, received, 1000)).toEqual([0]);
  });

  it('counts chunks the app dropped after the goAway and chunks the old socket never delivered', () => {
    const r = records(
      [chunk(400, 0), chunk(420, 0), chunk(440, -1), chunk(460, -1), chunk(540, 1)],
      [{ at: 410, socket: 0 }],
    );
    const received = new Map([
      ['auth_tokens/a', { chunks: 1, samples: 320 }],
      ['auth_tokens/b', { chunks: 1, samples: 320 }],
    ]);
    // Two dropped chunks and one lost in transit, 20 ms each.
    expect(lostListeningPerGoAway(r, received, 1000)).toEqual([60]);
  });

  it("with the room's own turn-taking, counts only chunks captured inside an answer as lost", () => {
    const r = {
      ...records([chunk(400, 0), chunk(440, -1), chunk(460, -1), chunk(540, 1)], [{ at: 410, socket: 0 }]),
      // The answer closed at 450: the chunk at 460 was never meant for the server.
      activityStarts: [300],
      activityEnds: [450],
    };
    const received = new Map([
      ['auth_tokens/a', { chunks: 1, samples: 320 }],
      ['auth_tokens/b', { chunks: 1, samples: 320 }],
    ]);
    expect(lostListeningPerGoAway(r, received, 1000)).toEqual([20]);
  });

  it('refuses to guess when the server has no connection for the socket', () => {
    const r = records([chunk(400, 0)], [{ at: 410, socket: 0 }]);
    expect(() => lostListeningPerGoAway(r, new Map(), 1000)).toThrow(/measurement is broken/);
  });

  it('adds up all listening lost before a moment, leaving out the socket still open', () => {
    const r = records([chunk(100, 0), chunk(120, -1), chunk(140, 0), chunk(540, 1), chunk(560, 1), chunk(900, -1)], []);
    // One chunk dropped at 120; socket 0 delivered 1 of 2; socket 1 is the open one; 900 is after `until`.
    const received = new Map([
      ['auth_tokens/a', { chunks: 1, samples: 320 }],
      ['auth_tokens/b', { chunks: 0, samples: 0 }],
    ]);
    expect(lostListeningTotal(r, received, 800)).toBe(40);
  });
});
