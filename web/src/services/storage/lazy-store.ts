// A Store whose code (idb, the IndexedDB schema, the memory fallback) loads and opens on first
// use or when `open()` is called, so the setup screen shows without it. Every Store method is
// async, so each one simply waits for the real store and calls it.
import { loadOnce } from '../../lib/load-once';
import type { OpenedStore } from './open-store';
import type { Store } from './types';

type StoreMethod = Exclude<keyof Store, 'kind'>;

const METHODS = [
  'createInterview',
  'getInterview',
  'updateInterview',
  'listInterviews',
  'deleteInterview',
  'putTurn',
  'listTurns',
  'markStaleLiveAsUnfinished',
  'putReport',
  'getReport',
  'listReports',
  'putRecording',
  'getRecording',
  'getRecordingInfo',
  'putRecordingInfo',
  'appendRecordingChunk',
  'putPrepPack',
  'getPrepPack',
  'listPrepPacks',
  'deletePrepPack',
  'getSetting',
  'putSetting',
  'deleteSetting',
  'getInterviewBundle',
  'exportSnapshot',
  'importSnapshot',
  'deleteAllInterviews',
  'clearEverything',
  'estimateUsage',
] as const satisfies readonly StoreMethod[];

// A Store method added without being listed above fails to compile here.
type Unlisted = Exclude<StoreMethod, (typeof METHODS)[number]>;
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMethodListed;

export interface LazyStore {
  store: Store;
  /** Loads and opens the real store (once); resolves with how it opened. Never rejects for IndexedDB trouble (see openStore). */
  open(): Promise<OpenedStore>;
}

export function makeLazyStore(openReal: () => Promise<OpenedStore>): LazyStore {
  const open = loadOnce(openReal);
  let opened: OpenedStore | undefined;
  const real = async (): Promise<Store> => (opened ??= await open()).store;
  const forward =
    (name: StoreMethod) =>
    async (...args: unknown[]): Promise<unknown> => {
      const store = await real();
      return (store[name] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
    };
  const store = Object.fromEntries(METHODS.map((name) => [name, forward(name)])) as unknown as Store;
  // Until it has opened nothing has been written, so nothing would survive a reload either.
  Object.defineProperty(store, 'kind', { get: () => opened?.store.kind ?? 'memory', enumerable: true });
  return { store, open: async () => (opened ??= await open()) };
}
