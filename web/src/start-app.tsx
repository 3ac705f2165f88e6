import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { App } from './app/App';
import type { Services } from './app/services';
import type { ApiClient } from './services/api/types';
import { makePagePolicyWatch } from './services/api/page-policy-watch';
import { loadAppSettings } from './services/app-settings/app-settings';
import { createSettingsFollowingApiClient } from './services/app-settings/settings-following-api-client';
import { loadOnce } from './lib/load-once';
import { createLazyDocumentReader } from './services/documents/lazy-document-reader';
import type { DocumentReader } from './services/documents/types';
import { createLocalStoragePreferences } from './services/preferences/local-storage-preferences';
import { deferredLiveClientFactory, type DeferredLiveClients } from './services/live/deferred-live-client';
import type { LiveClientFactory } from './services/live/types';
import { makeLazyStore, type LazyStore } from './services/storage/lazy-store';
import { recoverUnfinishedInterviews } from './services/storage/recovery';
import './app/global.css';

/**
 * The audio path (`loadRoomAudio`): Mockingbird's own from main.tsx, the common-examples baseline
 * from the bench's entry; only the interview room uses it, so it loads with the rest, not with the
 * first screen. `loadLiveClientFactory`: where the Live session runs, loaded when needed; on the
 * page (the SDK's way, as the public examples do) unless the entry says otherwise (main.tsx: a worker).
 */
export type AudioServices = Pick<Services, 'loadRoomAudio'> & {
  loadLiveClientFactory?: (api: Pick<ApiClient, 'liveToken'>) => Promise<LiveClientFactory>;
};

const loadPageLiveClientFactory = (api: Pick<ApiClient, 'liveToken'>) =>
  import('./services/live/genai-live-client').then((m) => m.createGenaiLiveClientFactory(api));

// Chooses the concrete services (the audio path comes from the entry); features receive them
// through context. What the setup screen does not need at once (storage, the CV reader, the Live
// client, the avatar) loads later, so the first screen ships only its own code (bench/README.md).

interface Deferred {
  storage: LazyStore;
  /** The CV reader (its code loads ahead, pdf.js itself only with the first PDF). */
  reader: () => Promise<DocumentReader>;
  live: DeferredLiveClients;
  roomAudio: Services['loadRoomAudio'];
  storageNotice: () => string | undefined;
}

function buildServices(api: Services['api'], deferred: Deferred): Services {
  return {
    api,
    store: deferred.storage.store,
    // A getter on a signal: pages show the notice as soon as the store has opened on memory.
    get storageNotice() {
      return deferred.storageNotice();
    },
    liveClientFactory: deferred.live.factory,
    loadRoomAudio: deferred.roomAudio,
    // One reader for the app's lifetime, so the PDF worker stays warm between files.
    documents: createLazyDocumentReader(deferred.reader),
    preferences: createLocalStoragePreferences(),
    // The detector's code, worker and model load on setup (preload), never in the first screen.
    loadVoiceActivity: () => import('./services/voice-activity/worker-service').then((m) => m.voiceActivityService),
    // The avatar's code loads only when an interview uses it (daily-js itself only at join).
    openAvatar: async (request) => {
      const [{ openAvatar }, { createDailyAvatarSession }, { loadDailyFactory }] = await Promise.all([
        import('./services/avatar/open-avatar'),
        import('./services/avatar/daily-avatar-session'),
        import('./services/avatar/load-daily'),
      ]);
      return openAvatar({
        api,
        createSession: () => createDailyAvatarSession({ loadDaily: loadDailyFactory }),
        ...request,
      });
    },
  };
}

/**
 * Fetches the CV reader's and the interview's code (Live client, room audio) ahead of use, opens the store, shows its notice when it
 * fell back to memory, and marks interviews left 'live' by a crash or a closed tab as
 * 'unfinished' (never one a tab is still running: the room holds a Web Lock). Failure only
 * delays recovery to the next start.
 */
function loadTheRest(deferred: Deferred, setStorageNotice: (notice: string) => void): void {
  deferred.live.preload();
  void deferred.roomAudio().catch(() => undefined);
  void deferred.reader().catch(() => undefined);
  void deferred.storage
    .open()
    .then((opened) => {
      if (opened.kind === 'memory') setStorageNotice(opened.notice);
      return recoverUnfinishedInterviews(opened.store);
    })
    .catch(() => undefined);
}

/**
 * On the setup screen (the first screen of most visits, and the one whose JavaScript is
 * budgeted) the rest loads once the screen is on the page and the page has loaded and is idle, so
 * it never competes with what the screen needs. (The screen's code is a lazy chunk, which the load
 * event does not wait for, and on a busy machine the idle timeout could pass before it showed.)
 * Any other page opened directly (an interview, a report) needs it at once.
 */
function scheduleTheRest(run: () => void): { onSetupShown: () => void } {
  if (location.pathname !== '/') {
    run();
    return { onSetupShown: () => undefined };
  }
  let scheduled = false;
  const idle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);
  const onSetupShown = () => {
    if (scheduled) return;
    scheduled = true;
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  };
  return { onSetupShown };
}

/** Builds the services and renders the app into #root. */
export function startApp(audio: AudioServices): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Mockingbird: #root element missing from index.html');
  // The server from Settings (default: this origin), or the candidate's own Gemini key; a change
  // saved in Settings applies to the next call.
  const api = createSettingsFollowingApiClient(() => loadAppSettings(), {
    sendBeacon: (url, body) => navigator.sendBeacon(url, body),
    watchPagePolicy: makePagePolicyWatch(document, () => location.href),
  });
  const [storageNotice, setStorageNotice] = createSignal<string>();
  const deferred: Deferred = {
    storage: makeLazyStore(() => import('./services/storage/open-store').then((m) => m.openStore())),
    reader: loadOnce(async () => {
      const [{ createDocumentReader }, { createPdfJsSource }] = await Promise.all([
        import('./services/documents/document-reader'),
        import('./services/documents/pdfjs-source'),
      ]);
      return createDocumentReader({ pdf: createPdfJsSource() });
    }),
    live: deferredLiveClientFactory(() => (audio.loadLiveClientFactory ?? loadPageLiveClientFactory)(api)),
    roomAudio: loadOnce(audio.loadRoomAudio),
    storageNotice,
  };
  const { onSetupShown } = scheduleTheRest(() => loadTheRest(deferred, setStorageNotice));
  render(() => <App services={buildServices(api, deferred)} onSetupShown={onSetupShown} />, root);
}
