import { describe, expect, it } from 'vitest';
import { base64ToBytes, base64ToInt16, bytesToBase64, int16ToBase64 } from './base64';

function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('bytesToBase64', () => {
  it('matches the reference encoder for every length from 0 to 100, including odd ones', () => {
    for (let length = 0; length <= 100; length++) {
      const bytes = randomBytes(length, length + 1);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes only the bytes a view covers', () => {
    const whole = randomBytes(20, 7);
    const view = whole.subarray(3, 14);
    expect(bytesToBase64(view)).toBe(Buffer.from(view).toString('base64'));
  });

  it('encodes a minute of 24 kHz audio (2.9 MB) without a huge intermediate string', () => {
    const bytes = randomBytes(24000 * 60 * 2, 3);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('base64ToBytes', () => {
  it('round-trips every length from 0 to 100', () => {
    for (let length = 0; length <= 100; length++) {
      const bytes = randomBytes(length, length + 11);
      expect(base64ToBytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes);
    }
  });

  it('accepts text without padding', () => {
    expect(Array.from(base64ToBytes('AQI'))).toEqual([1, 2]);
    expect(Array.from(base64ToBytes('AQ'))).toEqual([1]);
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(() => base64ToBytes('AB$D')).toThrow(SyntaxError);
    expect(() => base64ToBytes('A=BC')).toThrow(SyntaxError);
    expect(() => base64ToBytes('ABCDE')).toThrow(SyntaxError);
  });
});

describe('PCM16 and base64', () => {
  it('writes samples little-endian', () => {
    expect(int16ToBase64(new Int16Array([1, -2, 0x1234]))).toBe(
      Buffer.from([1, 0, 0xfe, 0xff, 0x34, 0x12]).toString('base64'),
    );
  });

  it('reads little-endian samples back', () => {
    const b64 = Buffer.from([0xff, 0x7f, 0x00, 0x80, 0x34, 0x12]).toString('base64');
    expect(Array.from(base64ToInt16(b64))).toEqual([32767, -32768, 0x1234]);
  });

  it('drops a trailing odd byte that cannot form a sample', () => {
    const b64 = Buffer.from([1, 0, 2, 0, 9]).toString('base64');
    expect(Array.from(base64ToInt16(b64))).toEqual([1, 2]);
  });

  it('encodes only the samples a view covers', () => {
    const pcm = new Int16Array([5, 6, 7, 8]).subarray(1, 3);
    expect(Array.from(base64ToInt16(int16ToBase64(pcm)))).toEqual([6, 7]);
  });

  it('returns samples that own their buffer, so they can be transferred to a worklet', () => {
    const samples = base64ToInt16(int16ToBase64(new Int16Array([1, 2, 3])));
    expect(samples.byteOffset).toBe(0);
    expect(samples.byteLength).toBe(samples.buffer.byteLength);
  });
});
