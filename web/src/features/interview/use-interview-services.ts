// The outside systems the interview room uses. They belong in the app's Services (see
// app/services.tsx); until the integrator adds these fields there, the room falls back to the
// real implementations itself. Once Services has them, this becomes `return useServices()`.

import { useServices } from '../../app/services';
import { createMicSource } from '../../services/audio/mic-source';
import { createPcmPlayer } from '../../services/audio/pcm-player';
import type { MicSource, PcmPlayer } from '../../services/audio/types';
import { createGenaiLiveClientFactory } from '../../services/live/genai-live-client';
import type { LiveClientFactory } from '../../services/live/types';
import { openStore } from '../../services/storage/open-store';
import type { Store } from '../../services/storage/types';
import type { RecordStore } from './session-record';

export interface InterviewServices {
  liveClientFactory: LiveClientFactory;
  createMicSource: () => MicSource;
  createPcmPlayer: () => PcmPlayer;
  store: RecordStore;
}

export function useInterviewServices(): InterviewServices {
  const services = useServices() as Partial<InterviewServices> & { api: Parameters<typeof createGenaiLiveClientFactory>[0] };
  return {
    liveClientFactory: services.liveClientFactory ?? createGenaiLiveClientFactory(services.api),
    createMicSource: services.createMicSource ?? (() => createMicSource()),
    createPcmPlayer: services.createPcmPlayer ?? (() => createPcmPlayer()),
    store: services.store ?? fallbackStore(),
  };
}

let opened: Promise<Store> | undefined;

/** Opens the app's store on first use; every call waits for the same one. */
function fallbackStore(): RecordStore {
  const store = () => (opened ??= openStore().then((o) => o.store));
  return {
    getInterview: async (id) => (await store()).getInterview(id),
    createInterview: async (record) => (await store()).createInterview(record),
    updateInterview: async (id, patch) => (await store()).updateInterview(id, patch),
    putTurn: async (id, turn) => (await store()).putTurn(id, turn),
    listTurns: async (id) => (await store()).listTurns(id),
  };
}
