// Persistent storage: by default a browser may clear a site's data when the device runs short
// of space; navigator.storage.persist() asks it not to. Browsers decide by their own rules
// (Chromium grants it to sites with engagement or installed as apps, Firefox asks the user).

export type PersistenceStatus = 'unsupported' | 'persisted' | 'best-effort';

export type PersistenceManager = Pick<StorageManager, 'persisted' | 'persist'>;

export function browserPersistence(): PersistenceManager | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return typeof storage?.persist === 'function' && typeof storage.persisted === 'function' ? storage : undefined;
}

export async function readPersistence(manager: PersistenceManager | undefined): Promise<PersistenceStatus> {
  if (!manager) return 'unsupported';
  try {
    return (await manager.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

export const PERSISTENCE_TEXT: Record<PersistenceStatus, string> = {
  unsupported:
    'This browser cannot be asked to keep data permanently. Your interviews are still saved; export them now and then to be safe.',
  persisted:
    'This browser will keep your interviews even when the device runs short of space. They are removed only if you delete them or clear this site’s data.',
  'best-effort':
    'Your interviews are saved, but the browser may remove them if the device runs short of space. Ask it to keep them:',
};

export async function requestPersistence(
  manager: PersistenceManager | undefined,
): Promise<{ status: PersistenceStatus; message: string }> {
  if (!manager) return { status: 'unsupported', message: PERSISTENCE_TEXT.unsupported };
  try {
    if (await manager.persist())
      return { status: 'persisted', message: 'Done: this browser will keep your interviews.' };
  } catch {
    // Treated as a refusal below.
  }
  return {
    status: 'best-effort',
    message:
      'The browser said no for now. Browsers usually agree for sites you use often, bookmark or install; try again later. Until then, export your data now and then.',
  };
}
