// The app's entry: Mockingbird's own audio path. Nothing else chooses it; the bench builds the
// same app from its own entry (bench/app/main.ts) with the baseline audio path instead.
import { createMicSource } from './services/audio/mic-source';
import { createPcmPlayer } from './services/audio/pcm-player';
import { startApp } from './start-app';

// The Live session (socket, JSON, base64, resumption) runs in a worker, off the page's thread;
// its code loads when an interview needs it, not with the first screen.
startApp({
  createMicSource: () => createMicSource(),
  createPcmPlayer: () => createPcmPlayer(),
  loadLiveClientFactory: (api) =>
    import('./services/live/worker/live-worker-factory').then((m) => m.createLiveWorkerClientFactory(api)),
});
