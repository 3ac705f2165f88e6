import type { Page } from 'playwright/test';

// How loud a stored recording is over a stretch of it: the chunks are read from IndexedDB in the
// page, joined as the app joins them, decoded by the browser (Opus in WebM) and measured as RMS.
// A stretch where the interviewer spoke is far above silence only if their voice was recorded.

export async function recordedRms(page: Page, interviewId: string, fromMs: number, toMs: number): Promise<number> {
  return page.evaluate(
    async ([id, from, to]) => {
      const chunks = await new Promise<{ blob: Blob; seq: number }[]>((resolve, reject) => {
        const open = indexedDB.open('mockingbird');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const request = open.result
            .transaction('recordingChunks')
            .objectStore('recordingChunks')
            .getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
          request.onsuccess = () => resolve(request.result as { blob: Blob; seq: number }[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      });
      const joined = new Blob(chunks.map((c) => c.blob));
      const context = new OfflineAudioContext(1, 1, 48_000);
      const audio = await context.decodeAudioData(await joined.arrayBuffer());
      const samples = audio.getChannelData(0);
      const start = Math.floor((from / 1000) * audio.sampleRate);
      const end = Math.min(samples.length, Math.floor((to / 1000) * audio.sampleRate));
      let sum = 0;
      for (let i = start; i < end; i++) sum += (samples[i] ?? 0) ** 2;
      return end > start ? Math.sqrt(sum / (end - start)) : 0;
    },
    [interviewId, fromMs, toMs] as const,
  );
}
