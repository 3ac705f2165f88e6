// The app's LiveClientFactory with the session in a worker: one worker per Live client, started
// when the interview opens its session and ended when it closes. Vite bundles live.worker.ts
// (with the SDK) on its own, so none of it is in the page's first download.

import { animationFrameScheduler } from '../../../lib/frame-scheduler';
import type { ApiClient } from '../../api/types';
import type { LiveClientFactory } from '../types';
import { createLiveWorkerClient } from './live-worker-proxy';
import LiveWorker from './live.worker?worker';

export function createLiveWorkerClientFactory(api: Pick<ApiClient, 'liveToken'>): LiveClientFactory {
  return (request) =>
    createLiveWorkerClient(request, {
      worker: new LiveWorker({ name: 'live-session' }),
      api,
      scheduler: animationFrameScheduler(),
    });
}
