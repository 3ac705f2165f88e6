// The prep page's state: one pack read from this device's store, and the other packs kept here
// (for the "Your other packs" list). Everything comes from the store, so the page works offline.
import { createSignal, type Accessor } from 'solid-js';
import { readPrepPack, type PrepPack } from '../../services/storage/prep-pack';
import { prepPackRecordSchema } from '../../lib/record-schemas';
import type { PrepPackRecord, Store } from '../../services/storage/types';
import { listPackLinks, type PackLink } from '../../ui/pack-links';
import { createStoredLoad, type StoredLoad, type StoredOutcome } from '../../ui/stored-load';

export type { PackLink } from '../../ui/pack-links';

export type PrepPageData = StoredLoad<{ record: PrepPackRecord; pack: PrepPack }>;

export function createPrepPage(
  id: string,
  store: Pick<Store, 'getPrepPack' | 'listPrepPacks'>,
): { data: Accessor<PrepPageData>; others: Accessor<PackLink[]> } {
  const data = createStoredLoad(
    'preparation pack',
    async (): Promise<StoredOutcome<{ record: PrepPackRecord; pack: PrepPack }>> => {
      const record = await store.getPrepPack(id);
      if (!record) return { status: 'missing' };
      // A record whose date no formatter accepts is as unreadable as a broken pack.
      const pack = prepPackRecordSchema.safeParse(record).success ? readPrepPack(record.pack) : undefined;
      return pack ? { status: 'ready', record, pack } : { status: 'unreadable' };
    },
  );
  const [others, setOthers] = createSignal<PackLink[]>([]);
  // Only a convenience: when the list cannot be read, the page simply goes without it.
  void listPackLinks(store, id).then(setOthers);
  return { data, others };
}
