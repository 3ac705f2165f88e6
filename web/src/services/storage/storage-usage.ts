import type { StorageUsage, StoreSnapshot } from './types';

/** navigator.storage.estimate(), or a stand-in in tests. */
export type EstimateStorage = () => Promise<{ usage?: number; quota?: number }>;

export function browserEstimate(): EstimateStorage | undefined {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.estimate !== 'function') return undefined;
  return () => navigator.storage.estimate();
}

/**
 * Roughly what the stored values weigh: their JSON as UTF-16 (two bytes a character, as
 * browsers keep strings) plus the recordings' bytes. Used where the browser cannot say.
 */
export function approximateUsage(snapshot: StoreSnapshot, recordingBytes: number, settings: unknown): StorageUsage {
  const textChars = JSON.stringify(snapshot).length + JSON.stringify(settings ?? null).length;
  return { usedBytes: textChars * 2 + recordingBytes, source: 'approximate' };
}

/** Asks the browser first; falls back to `approximate` when it cannot or will not say. */
export async function estimateUsageWith(
  estimate: EstimateStorage | undefined,
  approximate: () => Promise<StorageUsage>,
): Promise<StorageUsage> {
  if (estimate) {
    try {
      const { usage, quota } = await estimate();
      if (typeof usage === 'number') {
        return { usedBytes: usage, source: 'browser', ...(typeof quota === 'number' ? { quotaBytes: quota } : {}) };
      }
    } catch {
      // Some browsers refuse estimates in private mode; the approximation still answers.
    }
  }
  return approximate();
}
