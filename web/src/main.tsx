// The app's entry: Mockingbird's own audio path. Nothing else chooses it; the bench builds the
// same app from its own entry (bench/app/main.ts) with the baseline audio path instead.
import { createMicSource } from './services/audio/mic-source';
import { createPcmPlayer } from './services/audio/pcm-player';
import { startApp } from './start-app';

startApp({ createMicSource: () => createMicSource(), createPcmPlayer: () => createPcmPlayer() });
