import { describe, expect, it } from 'vitest';
import { emptyProbeRecords } from '../page/probe-empty.ts';
import type { AudibleOnset, CaptureRecord, ProbeRecords } from '../page/probe-records.ts';
import { captureToWire, replyToAudible, speechEndToAudio, startStages, startToAudio } from './analysis.ts';

function records(extra: Partial<ProbeRecords>): ProbeRecords {
  return { ...emptyProbeRecords(), ...extra };
}

const onset = (renderedAt: number, deviceMs = 40): AudibleOnset => ({
  renderedAt,
  at: renderedAt + deviceMs,
  sampleRate: 24000,
});
const chunk = (capturedAt: number, sentAt: number, samples = 320): CaptureRecord => ({
  capturedAt,
  deliveredAt: capturedAt,
  sentAt,
  samples,
  socket: sentAt < 0 ? -1 : 0,
  key: -1,
});

describe('captureToWire', () => {
  it('measures sent chunks from their newest sample, and from their oldest by adding the chunk length', () => {
    const r = records({ captures: [chunk(100, 103), chunk(120, -1), chunk(140, 150, 2048)] });
    expect(captureToWire(r)).toEqual({ newest: [3, 10], oldest: [23, 138], heldBack: [] });
  });

  it('keeps chunks held back until the answer opened (captured before activityStart, sent after) apart', () => {
    const r = records({ captures: [chunk(100, 400), chunk(120, 401), chunk(420, 425)], activityStarts: [399] });
    expect(captureToWire(r)).toEqual({ newest: [5], oldest: [25], heldBack: [300, 281] });
  });

  it('keeps only chunks captured inside the window', () => {
    const r = records({ captures: [chunk(100, 101), chunk(200, 201)] });
    expect(captureToWire(r, 150).newest).toEqual([1]);
  });
});

describe('replyToAudible', () => {
  it('pairs each reply with the next onset, at the speakers and as rendered', () => {
    const r = records({ replyStarts: [1000, 5000], onsets: [onset(1008), onset(5005)] });
    expect(replyToAudible(r)).toEqual({ audible: [48, 45], rendered: [8, 5] });
  });

  it('gives no sample for a reply queued behind audio still playing', () => {
    // The second reply arrives while the first still plays: its only later onset belongs to the third.
    const r = records({ replyStarts: [1000, 1500, 3000], onsets: [onset(1010), onset(3004)] });
    expect(replyToAudible(r).rendered).toEqual([10, 4]);
  });
});

describe('speechEndToAudio', () => {
  it('subtracts the requested silence and the fake model time from speech end → audible', () => {
    const r = records({ speech: [{ start: 0, end: 2000 }], onsets: [onset(2530)] });
    // Silence 500 ms: the fake decided at 2510, its first chunk left at 2520 (10 ms "model time").
    expect(speechEndToAudio(r, [{ requestedAt: 2510, startedAt: 2520 }], 500)).toEqual([2570 - 2000 - 500 - 10]);
  });

  it('ignores the greeting, which answers no speech, and replies cut by new speech', () => {
    const r = records({
      speech: [
        { start: 3000, end: 4000 },
        { start: 4540, end: 5000 },
      ],
      onsets: [onset(100), onset(4550)],
    });
    const greeting = { requestedAt: 50, startedAt: 90 };
    const cut = { requestedAt: 4500, startedAt: 4510 };
    expect(speechEndToAudio(r, [greeting, cut], 500)).toEqual([]);
  });

  it("starts from the room's activityEnd when the room marks the turns itself", () => {
    const r = records({ speech: [{ start: 0, end: 2000 }], activityEnds: [2300], onsets: [onset(2330)] });
    // The fake decided at 2310 and its first chunk left at 2320 (10 ms "model time").
    expect(speechEndToAudio(r, [{ requestedAt: 2310, startedAt: 2320 }], undefined)).toEqual([2370 - 2300 - 10]);
  });
});

describe('start figures', () => {
  it('measures the click to the first onset, without the fake greeting time', () => {
    const r = records({ startClickAt: 1000, onsets: [onset(1300)] });
    expect(startToAudio(r, { requestedAt: 1200, startedAt: 1230 })).toBe(1340 - 1000 - 30);
  });

  it('has no figure without a click or an onset after it', () => {
    expect(startToAudio(records({ onsets: [onset(10)] }), { requestedAt: 0, startedAt: 1 })).toBeUndefined();
    expect(
      startToAudio(records({ startClickAt: 100, onsets: [onset(10)] }), { requestedAt: 0, startedAt: 1 }),
    ).toBeUndefined();
  });

  it('breaks the start down into stages measured from the click', () => {
    const r = records({
      startClickAt: 1000,
      sockets: [{ url: 'ws://x', openedAt: 1200, firstMessageAt: 1230, audioSent: 0 }],
      replyStarts: [1280],
      onsets: [onset(1290)],
    });
    expect(startStages(r, 1150)).toEqual({
      tokenReceived: 150,
      socketOpened: 200,
      setupComplete: 230,
      firstReplyByte: 280,
      audible: 330,
    });
  });
});
