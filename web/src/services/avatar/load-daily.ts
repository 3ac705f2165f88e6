// Loads daily-js only when an interview actually uses the avatar: it is a large module, and
// voice-only interviews (most of them) should never download it.

import type { DailyFactory } from './daily-like';

/**
 * Test seam, read once per load. Playwright sets it with `page.addInitScript` (see
 * e2e/fakes/fake-daily.ts) because daily-js downloads its call engine from Daily's CDN during
 * `join()` and cannot run on a machine without network; the fake replaces only the factory, so
 * everything from here on — the adapter, chunking, pacing, fallback — is the production code.
 * It is not a way in for anyone else: code that can set a global on this page can already do
 * anything the page can.
 */
export const DAILY_FACTORY_GLOBAL = '__mockingbirdDailyFactory';

export function injectedDailyFactory(scope: object = globalThis): DailyFactory | undefined {
  const candidate: unknown = Reflect.get(scope, DAILY_FACTORY_GLOBAL);
  return typeof candidate === 'function' ? (candidate as DailyFactory) : undefined;
}

/** Resolves to the injected factory when there is one, otherwise to daily-js's call objects. */
export async function loadDailyFactory(): Promise<DailyFactory> {
  const injected = injectedDailyFactory();
  if (injected) return injected;
  const { default: Daily } = await import('@daily-co/daily-js');
  return (options) => Daily.createCallObject(options);
}
