import { StoreError } from './types';

// IndexedDB reports failures as DOMExceptions (or look-alikes in test fakes), so errors are
// told apart by their `name`, never by class.

const QUOTA_NAMES = new Set(['QuotaExceededError']);
/** The database is closed, blocked, from a newer version, or forbidden in this browsing mode. */
const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'SecurityError',
  'VersionError',
  'UnknownError',
  'NotFoundError',
  'TransactionInactiveError',
]);

function errorName(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('name' in err)) return undefined;
  return typeof err.name === 'string' ? err.name : undefined;
}

/** `action` completes "… could not be …", e.g. "saved", "read", "deleted". */
export function toStoreError(err: unknown, action: string): StoreError {
  if (err instanceof StoreError) return err;
  const name = errorName(err);
  if (name !== undefined && QUOTA_NAMES.has(name)) {
    return new StoreError(
      'quota',
      `Your browser's storage for this site is full, so this could not be ${action}. ` +
        'Delete old interviews in History to free space, and download your transcript to keep it.',
    );
  }
  if (name === 'VersionError') {
    return new StoreError(
      'unavailable',
      'This browser holds Mockingbird data from a newer version of the app. Reload the page to get the newest version.',
    );
  }
  if (name !== undefined && UNAVAILABLE_NAMES.has(name)) {
    return unavailableError(action);
  }
  return new StoreError(
    'unknown',
    `Something went wrong and this could not be ${action}. Try again, and download your transcript to keep it.`,
  );
}

export function unavailableError(action: string): StoreError {
  return new StoreError(
    'unavailable',
    `Your browser's storage is not available right now (private browsing, blocked storage, or Mockingbird ` +
      `open in another tab that is updating), so this could not be ${action}. Reload the page, and download your transcript to keep it.`,
  );
}

export function notFoundError(what: string): StoreError {
  return new StoreError('not-found', `${what} is no longer on this device. It may have been deleted in another tab.`);
}

/** Runs a storage operation and turns whatever it throws into a StoreError. */
export async function guard<T>(action: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw toStoreError(err, action);
  }
}
