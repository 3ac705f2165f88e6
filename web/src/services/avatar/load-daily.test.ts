import { afterEach, describe, expect, it } from 'vitest';
import { DAILY_FACTORY_GLOBAL, injectedDailyFactory, loadDailyFactory } from './load-daily';
import { fakeDaily } from './testing/fake-call-object';

describe('loadDailyFactory', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, DAILY_FACTORY_GLOBAL);
  });

  it('uses a factory injected before the app loaded (the end-to-end tests’ seam)', async () => {
    const { factory } = fakeDaily();
    Reflect.set(globalThis, DAILY_FACTORY_GLOBAL, factory);
    expect(await loadDailyFactory()).toBe(factory);
  });

  it('ignores anything at that name that is not a function', () => {
    expect(injectedDailyFactory({ [DAILY_FACTORY_GLOBAL]: { createCallObject: 'nope' } })).toBeUndefined();
    expect(injectedDailyFactory({})).toBeUndefined();
  });
});
