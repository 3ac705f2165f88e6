/** The part of an idb transaction this helper needs. */
interface Transaction {
  readonly done: Promise<void>;
  abort(): void;
}

/**
 * Runs `body` inside `tx` and resolves only once the transaction has committed. If `body`
 * throws, the transaction is aborted so none of its writes land (all or nothing), and
 * `tx.done`'s rejection is observed so it does not surface as an unhandled rejection.
 */
export async function runInTransaction<T>(tx: Transaction, body: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await body();
  } catch (err) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished (committed or aborted by the failing request): nothing to undo.
    }
    throw err;
  }
  await tx.done;
  return result;
}

/**
 * Issues a transaction's writes back to back (nothing awaited in between, so they succeed or
 * fail together) and waits for them all. If issuing throws halfway (e.g. a record with an
 * invalid key), the writes already issued are observed before rethrowing: the abort that
 * follows rejects them, and those rejections must not go unhandled.
 */
export async function issueWrites(issue: (write: (request: Promise<unknown>) => void) => void): Promise<void> {
  const issued: Promise<unknown>[] = [];
  try {
    issue((request) => issued.push(request));
  } catch (err) {
    for (const request of issued) request.catch(() => undefined);
    throw err;
  }
  await Promise.all(issued);
}
