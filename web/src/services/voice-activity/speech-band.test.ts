import { describe, expect, it } from 'vitest';
import { SpeechBandMeter } from './speech-band';

const sine = (hz: number, amplitude = 1) =>
  new Float32Array(320).map((_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / 16000));

describe('SpeechBandMeter', () => {
  it('measures a full-scale 1 kHz sine at about -3 dBFS and digital silence at -100', () => {
    const meter = new SpeechBandMeter(320);
    expect(meter.db(sine(1000))).toBeCloseTo(-3, 0);
    expect(meter.db(new Float32Array(320))).toBe(-100);
  });

  it('leaves out what lies below the voice: a 50 Hz hum reads over 30 dB quieter than a 1 kHz tone', () => {
    const meter = new SpeechBandMeter(320);
    expect(meter.db(sine(1000)) - meter.db(sine(50))).toBeGreaterThan(30);
  });
});
