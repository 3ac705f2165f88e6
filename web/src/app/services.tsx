import { createContext, useContext, type ParentComponent } from 'solid-js';
import type { ApiClient } from '../services/api/types';
import type { MicSource, PcmPlayer } from '../services/audio/types';
import type { OpenedAvatar } from '../services/avatar/open-avatar';
import type { DocumentReader } from '../services/documents/types';
import type { PreferencesStore } from '../services/preferences/types';
import type { LiveClientFactory } from '../services/live/types';
import type { Store } from '../services/storage/types';
import type { VoiceActivityService } from '../services/voice-activity/types';

/**
 * Every outside system the features use. main.tsx builds the real ones; tests build fakes.
 * Features read them with useServices() and never import a concrete implementation.
 */
export interface Services {
  api: ApiClient;
  store: Store;
  /** Set when history cannot be kept on this device (IndexedDB unavailable): a sentence to show. */
  storageNotice?: string;
  liveClientFactory: LiveClientFactory;
  /** The room's microphone and player, loaded when an interview opens (kept off the first screen). */
  loadRoomAudio: () => Promise<RoomAudio>;
  /** Reads CVs locally (pdf.js loads on first use). */
  documents: DocumentReader;
  /** The candidate's last setup choices. */
  preferences: PreferencesStore;
  /**
   * Loads the voice-activity detector's code (a lazy chunk, kept out of the first screen).
   * Setup calls `preload()` on it so the model is ready by the interview; absent, none runs.
   */
  loadVoiceActivity?: () => Promise<VoiceActivityService>;
  /** Creates and joins the talking avatar for an interview; absent, interviews are voice only. */
  openAvatar?: (request: { interviewId: string; maxMinutes: number; signal: AbortSignal }) => Promise<OpenedAvatar>;
}

/** The audio path the entry chose: Mockingbird's own (main.tsx) or the bench's baseline. */
export interface RoomAudio {
  createMicSource: () => MicSource;
  createPcmPlayer: () => PcmPlayer;
}

const ServicesContext = createContext<Services>();

export const ServicesProvider: ParentComponent<{ services: Services }> = (props) => (
  <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>
);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() called outside <ServicesProvider>');
  return services;
}
