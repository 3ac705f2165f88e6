// Links to the preparation packs kept on this device, newest first, for the history page and
// the "other packs" list on a pack page.
import { readPrepPack } from '../services/storage/prep-pack';
import { prepPackRecordSchema } from '../lib/record-schemas';
import type { Store } from '../services/storage/types';

export interface PackLink {
  id: string;
  topic: string;
  createdAt: number;
}

/** Packs this version cannot read (or whose date is out of range) are left out; a store that cannot be read gives no links. */
export async function listPackLinks(store: Pick<Store, 'listPrepPacks'>, exceptId?: string): Promise<PackLink[]> {
  const records = await store.listPrepPacks().catch(() => []);
  return records.flatMap((record) => {
    const readable = record.id !== exceptId && prepPackRecordSchema.safeParse(record).success;
    const pack = readable ? readPrepPack(record.pack) : undefined;
    return pack ? [{ id: record.id, topic: pack.setup.topic, createdAt: record.createdAt }] : [];
  });
}
