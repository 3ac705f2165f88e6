import './lib/zod-without-eval';
import { render } from 'solid-js/web';
import { App } from './app/App';
import type { Services } from './app/services';
import { makePagePolicyWatch } from './services/api/page-policy-watch';
import { loadAppSettings } from './services/app-settings/app-settings';
import { createSettingsFollowingApiClient } from './services/app-settings/settings-following-api-client';
import { createDocumentReader } from './services/documents/document-reader';
import { createPdfJsSource } from './services/documents/pdfjs-source';
import { createLocalStoragePreferences } from './services/preferences/local-storage-preferences';
import { createGenaiLiveClientFactory } from './services/live/genai-live-client';
import { openStore } from './services/storage/open-store';
import { recoverUnfinishedInterviews } from './services/storage/recovery';
import './app/global.css';

/** The audio path: Mockingbird's own from main.tsx, the common-examples baseline from the bench's entry. */
export type AudioServices = Pick<Services, 'createMicSource' | 'createPcmPlayer'>;

// Chooses the concrete services (the audio path comes from the entry); features receive them
// through context.
async function buildServices(audio: AudioServices): Promise<Services> {
  // The server from Settings (default: this origin), or the candidate's own Gemini key; a change
  // saved in Settings applies to the next call.
  const api = createSettingsFollowingApiClient(() => loadAppSettings(), {
    sendBeacon: (url, body) => navigator.sendBeacon(url, body),
    watchPagePolicy: makePagePolicyWatch(document, () => location.href),
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
    createMicSource: audio.createMicSource,
    createPcmPlayer: audio.createPcmPlayer,
    // One reader for the app's lifetime, so the PDF worker stays warm between files.
    documents: createDocumentReader({ pdf: createPdfJsSource() }),
    preferences: createLocalStoragePreferences(),
    // The detector's code, worker and model load on setup (preload), never in the first screen.
    loadVoiceActivity: () => import('./services/voice-activity/worker-service').then((m) => m.voiceActivityService),
    // The avatar's code loads only when an interview uses it (daily-js itself only at join).
    openAvatar: async (request) => {
      const [{ openAvatar }, { createDailyAvatarSession }, { loadDailyFactory }] = await Promise.all([import('./services/avatar/open-avatar'), import('./services/avatar/daily-avatar-session'), import('./services/avatar/load-daily')]);
      return openAvatar({ api, createSession: () => createDailyAvatarSession({ loadDaily: loadDailyFactory }), ...request });
    },
  };
}

/** Builds the services and renders the app into #root. */
export function startApp(audio: AudioServices): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Mockingbird: #root element missing from index.html');
  void buildServices(audio).then((services) => render(() => <App services={services} />, root));
}
