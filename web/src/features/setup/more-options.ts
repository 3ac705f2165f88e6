// Whether the setup's second part (voice, language, length, patience, the video interviewer, the
// microphone check) is open. Remembered in this browser so a person who likes to tune it finds it
// open again; closed by default so the first screen fits a laptop with Start in view.

export const MORE_OPEN_KEY = 'mockingbird:setup:more-open';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function loadMoreOpen(storage: StorageLike | undefined): boolean {
  try {
    return storage?.getItem(MORE_OPEN_KEY) === 'true';
  } catch {
    return false;
  }
}

/** Storage that refuses (blocked, full) only costs the memory of the choice. */
export function saveMoreOpen(storage: StorageLike | undefined, open: boolean): void {
  try {
    storage?.setItem(MORE_OPEN_KEY, String(open));
  } catch {
    // nothing to keep it in
  }
}
