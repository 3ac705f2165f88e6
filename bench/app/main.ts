// The bench's entry to the app: the same app as web/src/main.tsx, with the common-examples
// baseline audio path (ScriptProcessor capture, a source node per reply chunk) in place of
// Mockingbird's own. Built only by the bench (bench/app/vite.config.ts), never by `vite build`.
import { startApp } from '../../web/src/start-app';
import { createBaselineMicSource } from './baseline/baseline-mic-source';
import { createBaselinePcmPlayer } from './baseline/baseline-pcm-player';

startApp({
  loadRoomAudio: () =>
    Promise.resolve({ createMicSource: createBaselineMicSource, createPcmPlayer: createBaselinePcmPlayer }),
});
