import { describe, expect, it } from 'vitest';
import { floatToInt16, int16ToFloat } from './pcm';

describe('floatToInt16', () => {
  it('maps full scale to the ends of the int16 range', () => {
    expect(Array.from(floatToInt16(new Float32Array([-1, 0, 1])))).toEqual([-32768, 0, 32767]);
  });

  it('clamps loud samples instead of wrapping them to the opposite sign', () => {
    const out = floatToInt16(new Float32Array([1.5, -1.5, 40, -40, 1.0001]));
    expect(Array.from(out)).toEqual([32767, -32768, 32767, -32768, 32767]);
  });

  it('turns NaN into silence', () => {
    expect(Array.from(floatToInt16(new Float32Array([Number.NaN])))).toEqual([0]);
  });

  it('rounds to the nearest step', () => {
    expect(Array.from(floatToInt16(new Float32Array([0.5, -0.5, 1 / 32767, 0.4 / 32767])))).toEqual([
      16384, -16384, 1, 0,
    ]);
  });

  it('writes into a given output array and refuses one that is too short', () => {
    const out = new Int16Array(4);
    expect(floatToInt16(new Float32Array([0.25, -0.25]), out)).toBe(out);
    expect(Array.from(out)).toEqual([8192, -8192, 0, 0]);
    expect(() => floatToInt16(new Float32Array(3), new Int16Array(2))).toThrow(RangeError);
  });
});

describe('int16ToFloat', () => {
  it('maps the ends of the int16 range to full scale', () => {
    expect(Array.from(int16ToFloat(new Int16Array([-32768, 0, 32767])))).toEqual([-1, 0, 1]);
  });

  it('round-trips every int16 value exactly', () => {
    const all = new Int16Array(65536);
    for (let i = 0; i < all.length; i++) all[i] = i - 32768;
    expect(floatToInt16(int16ToFloat(all))).toEqual(all);
  });
});
