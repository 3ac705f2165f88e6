// The output tap's underrun detector (one instrument for every player): runs of exact-zero samples
// at a destination. The bench's fake voice carries a dither floor (e2e/fakes/gemini/synthetic-voice.ts,
// `floorSteps`), so inside a reply no sample stretch is digital silence; a run of zeros between two
// sounding samples is then the player having nothing to play, whatever the player is. Whether a
// run lies inside one reply or between two is decided later, against the fake's reply starts
// (live/output-underruns.ts). This file is injected into the tap worklet as source (probe-script.ts),
// so it imports nothing and uses no globals.

/** Shortest zero run reported: far longer than any run the floor leaves (a few samples at most; zero-runs.test.ts). */
export const MIN_ZERO_RUN_MS = 2;

export class ZeroRuns {
  /** Consecutive exact-zero samples up to now. */
  private run = 0;
  /** Whether any sample has sounded yet (the silence before the first sound is no gap). */
  private heard = false;

  constructor(
    private readonly minFrames: number,
    /** Called with the first frame and the length of a zero run that sound has just ended. */
    private readonly found: (startFrame: number, frames: number) => void,
  ) {}

  /** One render quantum that starts at `frame`; `block` undefined when the input carried no channel (silence). */
  push(block: Float32Array | undefined, length: number, frame: number): void {
    if (!block) {
      this.run += length;
      return;
    }
    for (let i = 0; i < block.length; i++) {
      if (block[i] === 0) {
        this.run++;
        continue;
      }
      if (this.heard && this.run >= this.minFrames) this.found(frame + i - this.run, this.run);
      this.heard = true;
      this.run = 0;
    }
  }
}
