// The app's LiveClientFactory with the session in a worker: one worker per Live client, ended
// when the client closes. Vite bundles live.worker.ts (and the SDK it loads) on their own, so
// none of it is in the page's first download. The first worker starts with the factory (the app
// preloads it while the setup screen is idle), so an interview's first token request does not
// wait for a worker to boot.

import { animationFrameScheduler } from '../../../lib/frame-scheduler';
import type { ApiClient } from '../../api/types';
import type { LiveClientFactory } from '../types';
import { createLiveWorkerClient } from './live-worker-proxy';
import LiveWorker from './live.worker?worker';

export function createLiveWorkerClientFactory(api: Pick<ApiClient, 'liveToken'>): LiveClientFactory {
  let warm: Worker | undefined = new LiveWorker({ name: 'live-session' });
  return (request) => {
    const worker = warm ?? new LiveWorker({ name: 'live-session' });
    warm = undefined;
    return createLiveWorkerClient(request, { worker, api, scheduler: animationFrameScheduler() });
  };
}
