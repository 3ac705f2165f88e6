// Chooses between Mockingbird's audio path and the benchmark baseline. main.tsx (and the bench)
// pick one; features only ever see the MicSource / PcmPlayer seams.
import { createBaselineMicSource } from './baseline/baseline-mic-source';
import { createBaselinePcmPlayer } from './baseline/baseline-pcm-player';
import { createMicSource, type MicSourceOptions } from './mic-source';
import { createPcmPlayer, type PcmPlayerOptions } from './pcm-player';
import type { MicSource, PcmPlayer } from './types';

export type AudioStrategyName = 'mockingbird' | 'baseline';

export interface AudioStrategy {
  name: AudioStrategyName;
  createMicSource: () => MicSource;
  createPcmPlayer: () => PcmPlayer;
}

export function audioStrategy(
  name: AudioStrategyName,
  options: { mic?: MicSourceOptions; player?: PcmPlayerOptions } = {},
): AudioStrategy {
  if (name === 'baseline') return { name, createMicSource: createBaselineMicSource, createPcmPlayer: createBaselinePcmPlayer };
  return { name, createMicSource: () => createMicSource(options.mic), createPcmPlayer: () => createPcmPlayer(options.player) };
}

/** Reads a strategy name (e.g. from `?audio=baseline`); anything else means Mockingbird's own. */
export function parseAudioStrategy(value: unknown): AudioStrategyName {
  return value === 'baseline' ? 'baseline' : 'mockingbird';
}
