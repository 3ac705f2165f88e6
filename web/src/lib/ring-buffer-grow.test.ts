import { describe, expect, it } from 'vitest';
import { PlaybackRing } from './ring-buffer';

// grow() must carry over a queue that wraps around the end of its store: an audit planted a
// grow() that copied only the part before the wrap, and no test noticed.

const ramp = (length: number, from = 1): Float32Array => new Float32Array(length).map((_, i) => from + i);

describe('PlaybackRing grow()', () => {
  it('keeps every sample, in order, when it grows while the queue wraps around the store', () => {
    const r = new PlaybackRing({
      capacity: 64,
      initialSize: 4,
      startThreshold: 1,
      maxStartWait: 0,
      fadeLength: 1,
      naturalEndGap: 0,
    });
    r.write(ramp(3)); // store [1 2 3 _]
    r.read(new Float32Array(2)); // 1, 2 played; 3 left at index 2
    r.write(ramp(2, 4)); // 4 at index 3, 5 wraps to index 0
    r.write(ramp(10, 6)); // needs 13 > 4: grows while wrapped
    const out = new Float32Array(13);
    expect(r.read(out)).toBe(13);
    expect(Array.from(out)).toEqual(Array.from(ramp(13, 3)));
    expect(r.dropped).toBe(0);
  });
});
