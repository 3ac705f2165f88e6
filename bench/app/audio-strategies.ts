// Both audio paths behind the MicSource / PcmPlayer seams, by name, for the e2e audio lab
// (e2e/audio/lab.ts loads this file from the dev server) and anything else that compares them.
// Bench code: the app's own entry never imports it (web/src/main.test.ts).
import { createMicSource, type MicSourceOptions } from '../../web/src/services/audio/mic-source';
import { createPcmPlayer, type PcmPlayerOptions } from '../../web/src/services/audio/pcm-player';
import type { MicSource, PcmPlayer } from '../../web/src/services/audio/types';
import { createBaselineMicSource } from './baseline/baseline-mic-source';
import { createBaselinePcmPlayer } from './baseline/baseline-pcm-player';

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
  if (name === 'baseline')
    return { name, createMicSource: createBaselineMicSource, createPcmPlayer: createBaselinePcmPlayer };
  return {
    name,
    createMicSource: () => createMicSource(options.mic),
    createPcmPlayer: () => createPcmPlayer(options.player),
  };
}
