// The energy detector: speech is a window clearly louder than the room's noise floor. It needs
// no download, so it runs from the first frame, covers the seconds before Silero has loaded, and
// stays on for good where the model cannot load.
//
// The floor follows the quietest recent windows: it drops at once to a quieter window and
// creeps up slowly (RISE_DB_PER_S), so the short gaps between words keep it near the room's
// noise during long answers, while a room that gets noisier is learnt within seconds. The
// probability is a logistic curve around MARGIN_DB above the floor; windows below ABSOLUTE_DB
// are silence whatever the floor says (a digitally silent input has no floor to speak of).

import type { FrameClassifier } from './frame-classifier';

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

/** Loudness of a window in dB relative to full scale (-100 for digital silence). */
export function windowDb(window: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < window.length; i++) sum += (window[i] ?? 0) ** 2;
  const meanSquare = window.length > 0 ? sum / window.length : 0;
  return meanSquare > 1e-10 ? 10 * Math.log10(meanSquare) : -100;
}

export class EnergyClassifier implements FrameClassifier {
  readonly kind = 'energy';
  readonly windowSamples = ENERGY_WINDOW_SAMPLES;
  private floorDb = START_FLOOR_DB;
  private started = false;

  classify(window: Float32Array): number {
    const above = this.measure(window);
    if (above === undefined) return 0;
    return 1 / (1 + Math.exp(-(above - MARGIN_DB) / (SLOPE_DB / 2)));
  }

  /** Learns from the window and says how many dB it is above the floor (undefined: below ABSOLUTE_DB). */
  measure(window: Float32Array): number | undefined {
    const db = windowDb(window);
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
