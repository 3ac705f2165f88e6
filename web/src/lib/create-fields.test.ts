import { createEffect, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createFields } from './create-fields';

/** Runs `body` in a reactive root and collects what an effect reading `read` saw, in order. */
function watch<T>(read: () => T): { seen: T[]; dispose: () => void } {
  const seen: T[] = [];
  const dispose = createRoot((dispose) => {
    createEffect(() => seen.push(read()));
    return dispose;
  });
  return { seen, dispose };
}

describe('createFields', () => {
  it('reads each field as it was set', () => {
    const [fields, set] = createFields({ topic: '', minutes: 20, record: false });
    set('topic', 'Payments');
    set('record', true);
    expect({ ...fields }).toEqual({ topic: 'Payments', minutes: 20, record: true });
  });

  it('notifies only the readers of the field that changed', async () => {
    const [fields, set] = createFields({ topic: '', minutes: 20 });
    const topic = watch(() => fields.topic);
    const minutes = watch(() => fields.minutes);
    await Promise.resolve();
    set('topic', 'Payments');
    await Promise.resolve();
    expect(topic.seen).toEqual(['', 'Payments']);
    expect(minutes.seen).toEqual([20]);
    topic.dispose();
    minutes.dispose();
  });

  it('does not notify when a field is set to the value it has', async () => {
    const [fields, set] = createFields({ minutes: 20 });
    const minutes = watch(() => fields.minutes);
    await Promise.resolve();
    set('minutes', 20);
    await Promise.resolve();
    expect(minutes.seen).toEqual([20]);
    minutes.dispose();
  });

  it('refuses a field it was not made with', () => {
    const [, set] = createFields<Record<string, number>>({ a: 1 });
    expect(() => set('b', 2)).toThrow('no field named b');
  });
});
