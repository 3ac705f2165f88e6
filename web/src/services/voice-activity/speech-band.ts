// The loudness of a window in the band where speech carries its energy, 200 Hz to 8 kHz, read
// from its power spectrum. What lies below is not the candidate's voice: mains hum and rumble,
// and the slow decay a capture pipeline's DC filter leaves after a click or a beep (Chromium's
// fake microphone plays a one-sided square wave; its high-pass filter turns every beep's end
// into 200 ms of sub-100 Hz decay that a broadband meter takes for sound). A voice's
// fundamental may lie below 200 Hz, but its harmonics and formants above carry most of it.

import { PowerSpectrum } from '../../lib/power-spectrum';

const SAMPLE_RATE = 16000;
export const SPEECH_BAND_LOW_HZ = 200;

export class SpeechBandMeter {
  private readonly spectrum: PowerSpectrum;
  private readonly low: number;

  /** Takes windows of up to `maxSamples` (Silero's 512, the energy detector's 320). */
  constructor(maxSamples: number) {
    const size = 2 ** Math.ceil(Math.log2(maxSamples));
    this.spectrum = new PowerSpectrum(size);
    this.low = Math.round((SPEECH_BAND_LOW_HZ * size) / SAMPLE_RATE);
  }

  /** dB relative to full scale of the window's speech band (-100 for silence in that band). */
  db(window: Float32Array): number {
    const power = this.spectrum.of(window);
    let sum = 0;
    for (let k = this.low; k < power.length; k++) sum += power[k] ?? 0;
    // Parseval: the bins sum to size × the Hann-weighted energy, and Hann keeps 3/8 of the power.
    const n = Math.min(window.length, this.spectrum.size);
    const meanSquare = (2 * sum) / (this.spectrum.size * n * 0.375);
    return meanSquare > 1e-10 ? 10 * Math.log10(meanSquare) : -100;
  }
}
