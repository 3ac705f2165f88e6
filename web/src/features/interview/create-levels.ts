// The room's audio levels as a signal, sampled while the room is on screen (level-sampler.ts).

import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Clock } from '../../lib/clock';
import { type Levels, sampleLevels } from './level-sampler';

export type { Levels } from './level-sampler';

export function createLevels(read: () => Levels, clock: Clock): Accessor<Levels> {
  const [levels, setLevels] = createSignal<Levels>({ mic: 0, output: 0 });
  onCleanup(sampleLevels(read, setLevels, clock));
  return levels;
}
