import { describe, expect, it } from 'vitest';
import { PlaybackRing, type PlaybackRingOptions } from './ring-buffer';

const defaults: PlaybackRingOptions = {
  capacity: 1000,
  startThreshold: 10,
  maxStartWait: 40,
  fadeLength: 8,
  naturalEndGap: 100,
};

function ring(options: Partial<PlaybackRingOptions> = {}): PlaybackRing {
  return new PlaybackRing({ ...defaults, ...options });
}

/** Samples counting up from `from`, so order and gaps are visible in the output. */
function ramp(length: number, from = 1): Float32Array {
  return new Float32Array(length).map((_, i) => from + i);
}

function read(r: PlaybackRing, length: number): number[] {
  const out = new Float32Array(length).fill(-99);
  r.read(out);
  return Array.from(out);
}

describe('PlaybackRing start threshold', () => {
  it('stays silent until the threshold is buffered, then plays in order', () => {
    const r = ring();
    r.write(ramp(6));
    expect(read(r, 4)).toEqual([0, 0, 0, 0]);
    expect(r.state).toBe('buffering');
    r.write(ramp(4, 7));
    expect(read(r, 4)).toEqual([1, 2, 3, 4]);
    expect(r.state).toBe('playing');
  });

  it('plays through below the threshold once started', () => {
    const r = ring();
    r.write(ramp(12));
    read(r, 8);
    expect(read(r, 3)).toEqual([9, 10, 11]);
  });

  it('starts a short utterance after waiting at most maxStartWait', () => {
    const r = ring({ maxStartWait: 8 });
    r.write(ramp(3));
    expect(read(r, 4)).toEqual([0, 0, 0, 0]);
    expect(read(r, 4)).toEqual([0, 0, 0, 0]);
    expect(read(r, 4)).toEqual([1, 2, 3, 0]);
  });
});

describe('PlaybackRing underruns', () => {
  it('zero-fills and counts an underrun when audio runs out mid-utterance', () => {
    const r = ring();
    r.write(ramp(10));
    expect(read(r, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0]);
    expect(r.state).toBe('idle');
    expect(r.underruns).toBe(0);
    read(r, 20);
    r.write(ramp(10, 11));
    expect(r.underruns).toBe(1);
  });

  it('does not count the natural end of an utterance followed by a later one', () => {
    const r = ring({ naturalEndGap: 50 });
    r.write(ramp(10));
    read(r, 10);
    for (let i = 0; i < 6; i++) read(r, 10);
    r.write(ramp(10));
    expect(r.underruns).toBe(0);
  });

  it('waits for the threshold again after running dry', () => {
    const r = ring();
    r.write(ramp(10));
    read(r, 12);
    r.write(ramp(4, 11));
    expect(read(r, 4)).toEqual([0, 0, 0, 0]);
  });

  it('plays on without a new wait when refilled before the block after it ran dry at a block end', () => {
    const r = ring();
    r.write(ramp(10));
    read(r, 10);
    r.write(ramp(4, 11));
    expect(read(r, 4)).toEqual([11, 12, 13, 14]);
    expect(r.underruns).toBe(0);
  });

  it('does not count steady feeding as underruns', () => {
    const r = ring();
    for (let block = 0; block < 100; block++) {
      r.write(ramp(4, block * 4));
      read(r, 4);
    }
    expect(r.underruns).toBe(0);
  });
});

describe('PlaybackRing flush', () => {
  it('fades what is playing to zero linearly instead of stopping dead', () => {
    const r = ring({ fadeLength: 4 });
    r.write(new Float32Array(50).fill(1));
    read(r, 10);
    r.flush();
    expect(read(r, 6)).toEqual([0.75, 0.5, 0.25, 0, 0, 0]);
    expect(r.buffered).toBe(0);
    expect(r.state).toBe('idle');
  });

  it('keeps each step of the fade small, so there is no click', () => {
    const r = ring({ fadeLength: 240 });
    r.write(new Float32Array(4800).fill(0.9));
    read(r, 128);
    r.flush();
    const out = read(r, 256);
    const steps = out.slice(1).map((s, i) => Math.abs(s - (out[i] ?? 0)));
    expect(Math.max(...steps)).toBeLessThan(0.01);
    expect(out.slice(240)).toEqual(new Array(16).fill(0));
  });

  it('silences at once audio that was not audible yet', () => {
    const r = ring();
    r.write(ramp(5));
    r.flush();
    expect(r.buffered).toBe(0);
    expect(read(r, 50)).toEqual(new Array(50).fill(0));
  });

  it('does not count the silence after a flush as an underrun', () => {
    const r = ring({ fadeLength: 2 });
    r.write(ramp(20));
    read(r, 4);
    r.flush();
    read(r, 4);
    r.write(ramp(20));
    expect(r.underruns).toBe(0);
  });

  it('queues audio written during the fade behind it, as a new utterance', () => {
    const r = ring({ fadeLength: 4, startThreshold: 2 });
    r.write(new Float32Array(20).fill(1));
    read(r, 2);
    r.flush();
    r.write(ramp(3, 5));
    expect(read(r, 8)).toEqual([0.75, 0.5, 0.25, 0, 5, 6, 7, 0]);
  });
});

describe('PlaybackRing storage', () => {
  it('keeps order across many wraparounds', () => {
    const r = ring({ capacity: 7, startThreshold: 1 });
    const heard: number[] = [];
    for (let n = 0; n < 50; n++) {
      r.write(ramp(5, n * 5));
      heard.push(...read(r, 5));
    }
    expect(heard).toEqual(Array.from(ramp(250, 0)));
    expect(r.dropped).toBe(0);
  });

  it('drops the oldest samples when full and counts them', () => {
    const r = ring({ capacity: 8, startThreshold: 1 });
    r.write(ramp(6));
    r.write(ramp(4, 7));
    expect(r.dropped).toBe(2);
    expect(read(r, 8)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('keeps only the newest samples of a write larger than its capacity', () => {
    const r = ring({ capacity: 4, startThreshold: 1 });
    r.write(ramp(6));
    expect(r.dropped).toBe(2);
    expect(read(r, 4)).toEqual([3, 4, 5, 6]);
  });

  it('grows from a small allocation without losing order', () => {
    const r = ring({ capacity: 64, initialSize: 4, startThreshold: 1 });
    r.write(ramp(3));
    read(r, 2);
    r.write(ramp(30, 4));
    expect(read(r, 31)).toEqual(Array.from(ramp(31, 3)));
  });
});
