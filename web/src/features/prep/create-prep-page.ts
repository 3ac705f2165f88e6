// The prep page's state: one pack read from this device's store, and the other packs kept here
// (for the "Your other packs" list). Everything comes from the store, so the page works offline.
import { createSignal, type Accessor } from 'solid-js';
import { readPrepPack, type PrepPack } from '../../services/storage/prep-pack';
import { prepPackRecordSchema } from '../../lib/record-schemas';
import type { PrepPackRecord, Store } from '../../services/storage/types';
import { listPackLinks, type PackLink } from '../../ui/pack-links';

export type { PackLink } from '../../ui/pack-links';

export type PrepPageData =
  | { status: 'loading' }
  | { status: 'missing' }
  /** Stored, but not a pack this version can show (e.g. damaged, or from a newer version). */
  | { status: 'unreadable' }
  | { status: 'error'; message: string }
  | { status: 'ready'; record: PrepPackRecord; pack: PrepPack };


const LOAD_ERROR = 'This preparation pack could not be read from this device’s storage. Reload the page to try again.';

export function createPrepPage(id: string, store: Pick<Store, 'getPrepPack' | 'listPrepPacks'>): { data: Accessor<PrepPageData>; others: Accessor<PackLink[]> } {
  const [data, setData] = createSignal<PrepPageData>({ status: 'loading' });
  const [others, setOthers] = createSignal<PackLink[]>([]);

  async function load(): Promise<void> {
    try {
      const record = await store.getPrepPack(id);
      if (!record) return void setData({ status: 'missing' });
      // A record whose date no formatter accepts is as unreadable as a broken pack.
      const pack = prepPackRecordSchema.safeParse(record).success ? readPrepPack(record.pack) : undefined;
      setData(pack ? { status: 'ready', record, pack } : { status: 'unreadable' });
    } catch {
      setData({ status: 'error', message: LOAD_ERROR });
    }
  }

  async function loadOthers(): Promise<void> {
    // Only a convenience: when the list cannot be read, the page simply goes without it.
    setOthers(await listPackLinks(store, id));
  }

  void load();
  void loadOthers();
  return { data, others };
}
