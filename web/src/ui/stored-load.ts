// One way for a page to read what it shows from this device's store: Solid's createResource
// underneath, one status union on top, and one sentence for a read that fails. The report and
// the preparation pack pages both use it.
import { createResource, type Accessor } from 'solid-js';
import { storageReadFailure } from './failure';

/** What a read found: nothing, something this version cannot show, or the page's data. */
export type StoredOutcome<T extends object> =
  | { status: 'missing' }
  /** Stored, but out of the ranges the page can show (damaged, or from a newer version). */
  | { status: 'unreadable' }
  | ({ status: 'ready' } & T);

export type StoredLoad<T extends object> =
  { status: 'loading' } | { status: 'error'; message: string } | StoredOutcome<T>;

/**
 * Reads once, now. `thing` names what is read in the failure sentence ("interview",
 * "preparation pack"). The accessor never throws: a failed read is the 'error' status.
 */
export function createStoredLoad<T extends object>(
  thing: string,
  read: () => Promise<StoredOutcome<T>>,
): Accessor<StoredLoad<T>> {
  const [outcome] = createResource(read);
  return () => {
    if (outcome.state === 'errored') return { status: 'error', message: storageReadFailure(thing) };
    // `latest` never suspends a surrounding <Suspense>: the page shows its own loading line.
    return outcome.state === 'ready' ? (outcome.latest ?? { status: 'loading' }) : { status: 'loading' };
  };
}

/** The loaded data, or undefined: for a page's `<Match when={…}>`. */
export function readyOf<T extends object>(
  load: StoredLoad<T>,
): Extract<StoredLoad<T>, { status: 'ready' }> | undefined {
  return load.status === 'ready' ? load : undefined;
}

/** The failed read's sentence, or undefined: for a page's `<Match when={…}>`. */
export function errorOf<T extends object>(load: StoredLoad<T>): { status: 'error'; message: string } | undefined {
  return load.status === 'error' ? load : undefined;
}
