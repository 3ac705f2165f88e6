// The energy detector: speech is a window clearly louder than the room's noise floor in the
// speech band (speech-band.ts: 200 Hz to 8 kHz), and not a steady sound (steady-sound.ts: tones,
// beeps, hum). It needs no download, so it runs from the first frame, covers the seconds before
// Silero has loaded, and stays on for good where the model cannot load.
//
// The floor follows the quietest recent windows: it drops at once to a quieter window and
// creeps up slowly (RISE_DB_PER_S), so the short gaps between words keep it near the room's
// noise during long answers, while a room that gets noisier is learnt within seconds. The
// probability is a logistic curve around MARGIN_DB above the floor; windows below ABSOLUTE_DB
// are silence whatever the floor says (a digitally silent input has no floor to speak of).

import type { FrameClassifier } from './frame-classifier';
import { SpeechBandMeter } from './speech-band';
import { SteadySoundDetector } from './steady-sound';

export const ENERGY_WINDOW_SAMPLES = 320;
const SAMPLE_RATE = 16000;
/** Decibels above the floor at which a window is an even bet. */
const MARGIN_DB = 12;
/** Decibels over which the probability goes from about 0.12 to 0.88. */
const SLOPE_DB = 2;
const RISE_DB_PER_S = 3;
const ABSOLUTE_DB = -60;
const START_FLOOR_DB = -70;
/** Room noise after the browser's noise suppression is usually quieter than this. */
const FIRST_FLOOR_CAP_DB = -50;

/** A logistic curve: an even bet MARGIN_DB above the floor. */
function probabilityAbove(db: number): number {
  return 1 / (1 + Math.exp(-(db - MARGIN_DB) / (SLOPE_DB / 2)));
}

export class EnergyClassifier implements FrameClassifier {
  readonly kind = 'energy';
  readonly windowSamples = ENERGY_WINDOW_SAMPLES;
  private floorDb = START_FLOOR_DB;
  private started = false;
  /** Up to Silero's 512-sample windows: the pipeline's level meter reads the model's windows. */
  private readonly band = new SpeechBandMeter(512);
  private readonly steady = new SteadySoundDetector(ENERGY_WINDOW_SAMPLES);

  classify(window: Float32Array): number {
    const above = this.measure(window);
    // A steady sound still teaches the floor (measure), so speech over a hum is judged against it.
    if (this.steady.push(window) || above === undefined) return 0;
    return probabilityAbove(above);
  }

  /** Loudness alone, steady or not, as a probability (the pipeline's level meter for the echo guard). */
  level(window: Float32Array): number {
    const above = this.measure(window);
    return above === undefined ? 0 : probabilityAbove(above);
  }

  /** Learns from the window and says how many dB its speech band is above the floor (undefined: below ABSOLUTE_DB). */
  measure(window: Float32Array): number | undefined {
    const db = this.band.db(window);
    this.track(db, window.length / SAMPLE_RATE);
    return db < ABSOLUTE_DB ? undefined : db - this.floorDb;
  }

  /** The noise floor it has learnt, in dBFS. */
  floor(): number {
    return this.floorDb;
  }

  private track(db: number, seconds: number): void {
    // The first window sets the floor, so a noisy room does not start out as speech; capped at
    // FIRST_FLOOR_CAP_DB, so a candidate already talking when capture starts is still heard.
    if (!this.started) this.floorDb = Math.min(Math.max(db, START_FLOOR_DB), FIRST_FLOOR_CAP_DB);
    else if (db < this.floorDb) this.floorDb = Math.max(db, START_FLOOR_DB);
    else this.floorDb = Math.min(db, this.floorDb + RISE_DB_PER_S * seconds);
    this.started = true;
  }
}
