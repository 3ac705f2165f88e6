// What the setup screen needs from outside, all from the app's services.
import { useServices, type Services } from '../../app/services';

export type SetupDeps = Pick<Services, 'api' | 'documents' | 'preferences' | 'store'>;

export function useSetupDeps(): SetupDeps {
  const { api, documents, preferences, store } = useServices();
  return { api, documents, preferences, store };
}
