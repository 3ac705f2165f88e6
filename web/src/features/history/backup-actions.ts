// Export and import of everything, and the storage figure, for the history page. Never throws:
// every outcome is a sentence for the page's live region.
import { backupFileName, importBackup, serializeBackup } from '../../services/storage/backup';
import { downloadText } from '../../lib/download';
import type { Store, StorageUsage } from '../../services/storage/types';
import { formatBytes } from '../../lib/format';
import type { Announcement } from './create-history';

export async function exportEverything(
  store: Pick<Store, 'exportSnapshot'>,
  save: typeof downloadText = downloadText,
  now: number = Date.now(),
): Promise<Announcement> {
  try {
    const snapshot = await store.exportSnapshot();
    save(backupFileName(now), serializeBackup(snapshot, now), 'application/json');
    const count = snapshot.interviews.length;
    return {
      text: `Exported ${count} interview${count === 1 ? '' : 's'} to ${backupFileName(now)}. Recordings are not included.`,
      tone: 'info',
    };
  } catch {
    return { text: 'Your data could not be read for the export. Reload the page and try again.', tone: 'error' };
  }
}

export async function importFromFile(file: Blob, store: Pick<Store, 'importSnapshot'>): Promise<Announcement> {
  const outcome = await importBackup(file, store);
  return { text: outcome.message, tone: outcome.ok ? 'info' : 'error' };
}

/** "About 1.2 MB used on this device, of 2.0 GB this browser allows." */
export function describeUsage(usage: StorageUsage): string {
  const used = `${usage.source === 'approximate' ? 'About ' : ''}${formatBytes(usage.usedBytes)} used on this device`;
  return usage.quotaBytes ? `${used}, of ${formatBytes(usage.quotaBytes)} this browser allows.` : `${used}.`;
}
