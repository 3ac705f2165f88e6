// A typed event emitter: the boundary between the live session and whoever listens to it.

export interface Emitter<E> {
  on<K extends keyof E>(event: K, cb: (payload: E[K]) => void): () => void;
  emit<K extends keyof E>(event: K, payload: E[K]): void;
}

export function createEmitter<E>(): Emitter<E> {
  const listeners = new Map<keyof E, Set<(payload: never) => void>>();
  return {
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(cb);
      return () => void set.delete(cb);
    },
    emit(event, payload) {
      // A copy, so a listener that unsubscribes while being called does not skip its neighbour.
      for (const cb of [...(listeners.get(event) ?? [])]) {
        try {
          (cb as (p: typeof payload) => void)(payload);
        } catch (err) {
          // One faulty listener must not starve the others or break the session's own loop;
          // rethrown on its own so it still reaches the console and error reporting.
          queueMicrotask(() => {
            throw err;
          });
        }
      }
    },
  };
}
