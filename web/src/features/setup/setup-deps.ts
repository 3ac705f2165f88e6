// What the setup screen needs from outside: the app's services, and the prep feature's pack
// writer, handed in by the app.
import { useServices, type Services } from '../../app/services';

import type { WritePack } from './create-prepare';

export type SetupDeps = Pick<Services, 'api' | 'documents' | 'preferences' | 'store' | 'loadVoiceActivity'> & {
  writePack: WritePack;
};

export function useSetupDeps(writePack: WritePack): SetupDeps {
  const { api, documents, preferences, store, loadVoiceActivity } = useServices();
  return { api, documents, preferences, store, writePack, ...(loadVoiceActivity ? { loadVoiceActivity } : {}) };
}
