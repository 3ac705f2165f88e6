import { describe, expect, it } from 'vitest';
import { locate, recordingParts } from './recording-parts';

const resumed = {
  bytes: 900,
  durationMs: 50_000,
  laterParts: [{ byteOffset: 600, offsetMs: 30_000, startedAtMs: 95_000 }],
};

describe('recordingParts', () => {
  it('is one part for a recording made in one go', () => {
    expect(recordingParts({ bytes: 10, durationMs: 4_000 })).toEqual([
      { byteStart: 0, byteEnd: 10, startMs: 0, endMs: 4_000 },
    ]);
  });

  it('splits a resumed recording where each later part begins', () => {
    expect(recordingParts(resumed)).toEqual([
      { byteStart: 0, byteEnd: 600, startMs: 0, endMs: 30_000 },
      { byteStart: 600, byteEnd: 900, startMs: 30_000, endMs: 50_000 },
    ]);
  });
});

describe('locate', () => {
  const parts = recordingParts(resumed);

  it('finds the part that holds a moment and the time within it', () => {
    expect(locate(parts, 12_000)).toEqual({ index: 0, localMs: 12_000 });
    expect(locate(parts, 30_000)).toEqual({ index: 1, localMs: 0 });
    expect(locate(parts, 41_500)).toEqual({ index: 1, localMs: 11_500 });
  });

  it('keeps a moment past the end in the last part', () => {
    expect(locate(parts, 99_000)).toEqual({ index: 1, localMs: 69_000 });
  });
});
