import { describe, expect, it } from 'vitest';
import { emptyProbeRecords } from '../page/probe-empty.ts';
import type { CaptureRecord, ProbeRecords } from '../page/probe-records.ts';
import { mergeWorkerRecords, pairSends } from './worker-records.ts';

const chunk = (capturedAt: number, key: number): CaptureRecord => ({
  capturedAt,
  deliveredAt: capturedAt + 1,
  samples: 320,
  sentAt: -1,
  socket: -1,
  key,
});

function page(captures: CaptureRecord[]): ProbeRecords {
  return { ...emptyProbeRecords(), captures };
}

describe('mergeWorkerRecords', () => {
  it("moves the worker's sockets, replies and goAways onto the page's clock, after the page's own sockets", () => {
    const p = {
      ...emptyProbeRecords(),
      replyStarts: [50],
      sockets: [{ url: 'a', openedAt: 1, firstMessageAt: 2, audioSent: 0 }],
    };
    const w = {
      ...emptyProbeRecords(),
      replyStarts: [10],
      sockets: [{ url: 'b', openedAt: 5, firstMessageAt: -1, audioSent: 3 }],
      goAways: [{ at: 20, socket: 0 }],
    };
    mergeWorkerRecords(p, w, 100);
    expect(p.replyStarts).toEqual([50, 110]);
    expect(p.sockets[1]).toEqual({ url: 'b', openedAt: 105, firstMessageAt: -1, audioSent: 3 });
    expect(p.goAways).toEqual([{ at: 120, socket: 1 }]);
  });
});

describe('pairSends', () => {
  it("pairs the worker's sends with the page's chunks by fingerprint, on the page's clock", () => {
    const p = page([chunk(100, 7), chunk(120, 8), chunk(140, 9)]);
    const w = {
      ...emptyProbeRecords(),
      sends: [
        { at: 5, socket: 0, key: 7 },
        { at: 45, socket: 0, key: 9 },
      ],
    };
    mergeWorkerRecords(p, w, 100);
    pairSends(p);
    expect(p.captures.map((c) => c.sentAt)).toEqual([105, -1, 145]);
    expect(p.unmatchedSends).toBe(0);
  });

  it("pairs the Live worker's sends with the frames it received, dated by the page's samples of the capture clock", () => {
    const p = {
      ...emptyProbeRecords(),
      captureClocks: [
        { createdAt: 0, samples: [{ at: 0, currentTime: 1, contextTime: 1, performanceTime: 1000, aheadMs: 0 }] },
      ],
    };
    const w = {
      ...emptyProbeRecords(),
      frames: [
        { endTime: 1.02, deliveredAt: 1925, samples: 320, key: 4 },
        { endTime: 1.04, deliveredAt: 1945, samples: 320, key: 5 },
      ],
      sends: [{ at: 1950, socket: 0, key: 5 }],
    };
    mergeWorkerRecords(p, w, -900, true);
    pairSends(p);
    expect(p.captures.map((c) => [c.capturedAt, c.sentAt])).toEqual([
      [1020, -1],
      [1040, 1050],
    ]);
  });

  it('never pairs a send with a chunk captured after it, nor one before the previous send', () => {
    const p = page([chunk(100, 1), chunk(110, 2), chunk(200, 1)]);
    p.sends = [
      { at: 115, socket: 0, key: 2 },
      { at: 150, socket: 0, key: 1 },
    ];
    pairSends(p);
    expect(p.captures.map((c) => c.sentAt)).toEqual([-1, 115, -1]);
    expect(p.unmatchedSends).toBe(1);
  });

  it('gives a send whose bytes several unsent chunks share (repeated silence) the earliest, marked, and counts it', () => {
    const p = page([chunk(100, 0), chunk(120, 0), chunk(140, 5)]);
    p.sends = [
      { at: 130, socket: 0, key: 0 },
      { at: 145, socket: 0, key: 5 },
    ];
    pairSends(p);
    expect(p.captures.map((c) => c.sentAt)).toEqual([130, -1, 145]);
    expect(p.captures.map((c) => c.ambiguous === true)).toEqual([true, false, false]);
    expect(p.ambiguousSends).toBe(1);
  });
});
