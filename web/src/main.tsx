import { render } from 'solid-js/web';
import { App } from './app/App';
import type { Services } from './app/services';
import { createHttpApiClient } from './services/api/http-api-client';
import { createMicSource } from './services/audio/mic-source';
import { createPcmPlayer } from './services/audio/pcm-player';
import { createGenaiLiveClientFactory } from './services/live/genai-live-client';
import { openStore } from './services/storage/open-store';
import { recoverUnfinishedInterviews } from './services/storage/recovery';
import './app/global.css';

// The only place that chooses concrete services; features receive them through context.
async function buildServices(): Promise<Services> {
  const api = createHttpApiClient({
    baseUrl: '',
    sendBeacon: (url, body) => navigator.sendBeacon(url, body),
  });
  const opened = await openStore();
  // Interviews left 'live' by a crash or a closed tab become 'unfinished' (never the one
  // another tab is still running). Failure here only delays recovery to the next start.
  void recoverUnfinishedInterviews(opened.store).catch(() => undefined);
  return {
    api,
    store: opened.store,
    storageNotice: opened.kind === 'memory' ? opened.notice : undefined,
    liveClientFactory: createGenaiLiveClientFactory(api),
    createMicSource: () => createMicSource(),
    createPcmPlayer: () => createPcmPlayer(),
  };
}

const root = document.getElementById('root');
if (!root) throw new Error('Mockingbird: #root element missing from index.html');
void buildServices().then((services) => render(() => <App services={services} />, root));
