// A flat record whose every field is its own Solid signal: reading `fields.topic` in an effect
// tracks that field alone, as solid-js/store does for a flat object, and `set(key, value)` notifies
// only that field's readers (an equal value notifies no one). The setup form uses this instead of
// createStore because solid-js/store costs 2 KB gz of the first screen's 40 KB budget
// (bench/README.md), and the form's values are flat: strings, numbers and booleans.
import { createSignal } from 'solid-js';

export type FieldSetter<T> = <K extends keyof T>(key: K, value: T[K]) => void;

export function createFields<T extends object>(initial: T): [fields: Readonly<T>, set: FieldSetter<T>] {
  const fields = {} as T;
  const writers = new Map<keyof T, (value: never) => void>();
  for (const key of Object.keys(initial) as (keyof T)[]) {
    const [read, write] = createSignal(initial[key]);
    Object.defineProperty(fields, key, { get: read, enumerable: true });
    // The setter form, so a function-valued field is stored rather than called.
    writers.set(key, (value: T[keyof T]) => write(() => value));
  }
  const set: FieldSetter<T> = (key, value) => {
    const write = writers.get(key);
    if (!write) throw new Error(`createFields: no field named ${String(key)}`);
    write(value as never);
  };
  return [fields, set];
}
