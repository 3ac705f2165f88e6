// The app's entry: Mockingbird's own audio path. Nothing else chooses it; the bench builds the
// same app from its own entry (bench/app/main.ts) with the baseline audio path instead.
import { startApp } from './start-app';

// The Live session (socket, JSON, base64, resumption) runs in a worker, off the page's thread;
// its code, like the room's microphone and player, loads when an interview needs it (or once
// setup is idle), not with the first screen.
startApp({
  loadRoomAudio: () =>
    Promise.all([import('./services/audio/mic-source'), import('./services/audio/pcm-player')]).then(
      ([mic, player]) => ({
        createMicSource: () => mic.createMicSource(),
        createPcmPlayer: () => player.createPcmPlayer(),
      }),
    ),
  loadLiveClientFactory: (api) =>
    import('./services/live/worker/live-worker-factory').then((m) => m.createLiveWorkerClientFactory(api)),
});
