import type { MockingbirdDatabase } from './open-database';
import { guard } from './store-errors';
import type { Store } from './types';

type AttachmentMethods = Pick<
  Store,
  | 'putReport'
  | 'getReport'
  | 'listReports'
  | 'putPrepPack'
  | 'getPrepPack'
  | 'listPrepPacks'
  | 'deletePrepPack'
  | 'getSetting'
  | 'putSetting'
  | 'deleteSetting'
>;

/** Reports, prep packs and settings in IndexedDB; each method is one transaction. */
export function idbAttachmentMethods(db: MockingbirdDatabase): AttachmentMethods {
  return {
    putReport: (report) =>
      guard('saved', async () => {
        await db.put('reports', report);
      }),
    getReport: (interviewId) => guard('read', () => db.get('reports', interviewId)),
    listReports: () => guard('read', () => db.getAll('reports')),

    putPrepPack: (pack) =>
      guard('saved', async () => {
        await db.put('prepPacks', pack);
      }),
    getPrepPack: (id) => guard('read', () => db.get('prepPacks', id)),
    listPrepPacks: () => guard('read', async () => (await db.getAllFromIndex('prepPacks', 'byCreatedAt')).reverse()),
    deletePrepPack: (id) => guard('deleted', () => db.delete('prepPacks', id)),

    getSetting: (key) => guard('read', async () => (await db.get('settings', key))?.value),
    putSetting: (key, value) =>
      guard('saved', async () => {
        await db.put('settings', { key, value });
      }),
    deleteSetting: (key) => guard('deleted', () => db.delete('settings', key)),
  };
}
