import type { Page } from 'playwright/test';
import { readIdb } from '../support/idb-read.ts';

// The recording as the app stored it: the chunks written so far and the facts beside them, which
// is what a crash would leave.

export interface StoredRecordingFacts {
  info:
    | {
        state: string;
        durationMs: number;
        bytes: number;
        mimeType: string;
        turnOffsets: { seq: number; offsetMs: number }[];
        stoppedBecause?: string;
      }
    | undefined;
  chunkSizes: number[];
}

export async function readStoredRecording(page: Page, interviewId: string): Promise<StoredRecordingFacts> {
  const [info, chunks] = await readIdb(page, [
    { store: 'recordings', key: interviewId },
    { store: 'recordingChunks', keyPrefix: interviewId },
  ]);
  return {
    info: info as StoredRecordingFacts['info'],
    chunkSizes: (chunks as { blob: { blobBytes: number } }[]).map((c) => c.blob.blobBytes),
  };
}
