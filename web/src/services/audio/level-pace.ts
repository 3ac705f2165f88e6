// How often the capture worklet tells the main thread the microphone's level when it sends no
// samples there (the Live worker takes them): every LEVEL_EVERY_MS of audio, not every 20 ms
// frame. The room samples levels 20 times a second (features/interview/level-sampler.ts), so
// 50 level messages a second woke the page for more than half of nothing. Kept free of worklet
// globals so it can be tested in Node.

export const LEVEL_EVERY_MS = 40;

export class LevelPace {
  private readonly everySamples: number;
  private lastPosition = Number.NEGATIVE_INFINITY;

  constructor(sampleRate: number, everyMs = LEVEL_EVERY_MS) {
    this.everySamples = Math.round((sampleRate * everyMs) / 1000);
  }

  /** Whether the frame starting at stream sample `position` carries a level to the main thread. */
  due(position: number): boolean {
    // A new capture run starts its positions at 0 again.
    if (position < this.lastPosition) this.lastPosition = Number.NEGATIVE_INFINITY;
    if (position - this.lastPosition < this.everySamples) return false;
    this.lastPosition = position;
    return true;
  }
}
