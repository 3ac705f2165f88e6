import { describe, expect, it } from 'vitest';
import { createResampler, type Resampler } from './resampler';

function tone(frequency: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  const out = new Float32Array(Math.round(rate * seconds));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / rate);
  return out;
}

function resampleAll(resampler: Resampler, input: Float32Array): Float32Array {
  const head = resampler.process(input);
  const tail = resampler.flush();
  const out = new Float32Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

/** The output without its first and last edges, where the filter sees the signal start or stop. */
function steadyPart(out: Float32Array, edge: number): Float32Array {
  return out.subarray(edge, out.length - edge);
}

function rmsOf(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length);
}

function db(ratio: number): number {
  return 20 * Math.log10(ratio);
}

/** Amplitude of one frequency, Hann-windowed so neighbouring tones do not leak into it. */
function amplitudeAt(samples: Float32Array, frequency: number, rate: number): number {
  let re = 0;
  let im = 0;
  let weight = 0;
  for (let n = 0; n < samples.length; n++) {
    const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / (samples.length - 1));
    const phase = (2 * Math.PI * frequency * n) / rate;
    re += w * (samples[n] ?? 0) * Math.cos(phase);
    im -= w * (samples[n] ?? 0) * Math.sin(phase);
    weight += w;
  }
  return (2 * Math.hypot(re, im)) / weight;
}

/** Gain in dB of a pure tone through a fresh resampler, measured on the steady part. */
function toneGainDb(inputRate: number, outputRate: number, frequency: number): number {
  const out = resampleAll(createResampler(inputRate, outputRate), tone(frequency, inputRate, 1));
  return db(rmsOf(steadyPart(out, 400)) / (0.5 / Math.SQRT2));
}

/** Signal-to-error ratio of the output against the ideal tone sampled at the output rate. */
function snrAgainstIdealDb(inputRate: number, outputRate: number, frequency: number): number {
  const out = resampleAll(createResampler(inputRate, outputRate), tone(frequency, inputRate, 1));
  const ideal = tone(frequency, outputRate, out.length / outputRate);
  const error = new Float32Array(out.length).map((_, i) => (out[i] ?? 0) - (ideal[i] ?? 0));
  return db(rmsOf(steadyPart(ideal, 400)) / rmsOf(steadyPart(error, 400)));
}

describe.each([48000, 44100])('resampling %i Hz to 16 kHz', (inputRate) => {
  it.each([50, 300, 1000, 2500, 4000, 5500, 7000])('keeps a %i Hz tone within 0.5 dB', (frequency) => {
    expect(Math.abs(toneGainDb(inputRate, 16000, frequency))).toBeLessThan(0.5);
  });

  it.each([8500, 9000, 10000, 12000, 16000, 20000])('attenuates a %i Hz tone by at least 50 dB', (frequency) => {
    expect(toneGainDb(inputRate, 16000, frequency)).toBeLessThan(-50);
  });

  it('puts in-band tones exactly where an ideal 16 kHz sampler would, with no delay', () => {
    expect(snrAgainstIdealDb(inputRate, 16000, 440)).toBeGreaterThan(60);
    expect(snrAgainstIdealDb(inputRate, 16000, 3000)).toBeGreaterThan(60);
  });

  it('passes DC at unit gain', () => {
    const out = createResampler(inputRate, 16000).process(new Float32Array(inputRate).fill(0.25));
    for (const s of steadyPart(out, 200)) expect(s).toBeCloseTo(0.25, 5);
  });

  it('gives the same samples in chunks of any size as in one piece', () => {
    const input = tone(1234, inputRate, 0.5);
    const oneShot = resampleAll(createResampler(inputRate, 16000), input);
    const chunked = createResampler(inputRate, 16000);
    const pieces: Float32Array[] = [];
    const sizes = [0, 1, 128, 7, 1000, 128, 3, 441, 480];
    for (let at = 0, k = 0; at < input.length; k++) {
      const size = sizes[k % sizes.length] ?? 128;
      pieces.push(chunked.process(input.subarray(at, at + size)));
      at += size;
    }
    pieces.push(chunked.flush());
    const joined = new Float32Array(pieces.reduce((n, p) => n + p.length, 0));
    pieces.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
    expect(joined).toEqual(oneShot);
  });

  it('emits one output per output period of input once flushed', () => {
    const out = resampleAll(createResampler(inputRate, 16000), new Float32Array(inputRate / 10));
    expect(Math.abs(out.length - 1600)).toBeLessThanOrEqual(1);
  });
});

describe.each([48000, 44100])('resampling 24 kHz playback to %i Hz', (outputRate) => {
  it.each([100, 1000, 5000, 10000])('keeps a %i Hz tone within 0.5 dB', (frequency) => {
    expect(Math.abs(toneGainDb(24000, outputRate, frequency))).toBeLessThan(0.5);
  });

  it.each([3000, 9000, 10500])('suppresses the image of a %i Hz tone by at least 50 dB', (frequency) => {
    const out = steadyPart(resampleAll(createResampler(24000, outputRate), tone(frequency, 24000, 1)), 400);
    const wanted = amplitudeAt(out, frequency, outputRate);
    const image = amplitudeAt(out, 24000 - frequency, outputRate);
    expect(db(image / wanted)).toBeLessThan(-50);
  });
});

describe('createResampler', () => {
  it('handles a ratio too fine for an exact phase table (44.1 kHz to 16.001 kHz)', () => {
    expect(snrAgainstIdealDb(44100, 16001, 440)).toBeGreaterThan(55);
    expect(Math.abs(toneGainDb(44100, 16001, 6000))).toBeLessThan(0.5);
  });

  it('copies samples through unchanged when the rates match', () => {
    const resampler = createResampler(16000, 16000);
    const input = tone(300, 16000, 0.01);
    expect(resampler.process(input)).toEqual(input);
    expect(resampler.lookahead).toBe(0);
  });

  it('starts afresh after reset', () => {
    const resampler = createResampler(48000, 16000);
    const first = resampler.process(tone(500, 48000, 0.1));
    resampler.process(tone(2000, 48000, 0.05));
    resampler.reset();
    expect(resampler.process(tone(500, 48000, 0.1))).toEqual(first);
  });

  it('refuses rates that are not positive', () => {
    expect(() => createResampler(0, 16000)).toThrow(RangeError);
    expect(() => createResampler(48000, Number.NaN)).toThrow(RangeError);
  });
});
