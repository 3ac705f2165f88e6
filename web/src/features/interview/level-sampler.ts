// Audio levels for the orb and the mic meter, sampled on a timer rather than every animation
// frame: a requestAnimationFrame loop kept the page rendering a frame 60 times a second for the
// whole interview, and those idle frames were most of the room's main-thread time. Twenty
// samples a second still follow a voice (the CSS eases between them), and a level that did not
// move enough to see is not passed on, so a silent room renders nothing.

import type { Clock } from '../../lib/clock';

export interface Levels {
  mic: number;
  output: number;
}

/** How often the levels are read: 20 a second. */
export const LEVEL_SAMPLE_MS = 50;
/** The smallest change worth showing. */
const STEP = 0.02;

/** A change big enough to see, or sound starting or stopping. */
export function visiblyDifferent(next: Levels, now: Levels): boolean {
  return (
    Math.abs(next.mic - now.mic) >= STEP ||
    Math.abs(next.output - now.output) >= STEP ||
    (next.output === 0) !== (now.output === 0) ||
    (next.mic === 0) !== (now.mic === 0)
  );
}

/** Reads the levels every LEVEL_SAMPLE_MS and reports visible changes; returns the stop function. */
export function sampleLevels(read: () => Levels, onChange: (levels: Levels) => void, clock: Clock): () => void {
  let shown: Levels = { mic: 0, output: 0 };
  let timer = clock.setTimeout(tick, LEVEL_SAMPLE_MS);
  function tick() {
    timer = clock.setTimeout(tick, LEVEL_SAMPLE_MS);
    const next = read();
    if (!visiblyDifferent(next, shown)) return;
    shown = next;
    onChange(next);
  }
  return () => clock.clearTimeout(timer);
}
