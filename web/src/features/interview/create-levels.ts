// Audio levels for the orb and the mic meter, read once per animation frame while the room is
// on screen. Only changes big enough to see are passed on, to spare needless re-rendering.

import { createSignal, onCleanup, type Accessor } from 'solid-js';

export interface Levels {
  mic: number;
  output: number;
}

const STEP = 0.02;

export function createLevels(read: () => Levels): Accessor<Levels> {
  const [levels, setLevels] = createSignal<Levels>({ mic: 0, output: 0 });
  let frame = 0;
  const loop = () => {
    const next = read();
    const now = levels();
    if (
      Math.abs(next.mic - now.mic) >= STEP ||
      Math.abs(next.output - now.output) >= STEP ||
      (next.output === 0) !== (now.output === 0)
    )
      setLevels(next);
    frame = requestAnimationFrame(loop);
  };
  frame = requestAnimationFrame(loop);
  onCleanup(() => cancelAnimationFrame(frame));
  return levels;
}
