/* eslint-disable @typescript-eslint/require-await --
   Async to keep the Store contract: a throw becomes a rejection, as from IndexedDB. */
import type { RecordingInfo, Store, StoredRecording } from './types';

const copy = <T>(value: T): T => structuredClone(value);

export interface MemoryRecordings {
  methods: Pick<
    Store,
    'putRecording' | 'getRecording' | 'getRecordingInfo' | 'putRecordingInfo' | 'appendRecordingChunk'
  >;
  /** Synchronous reads and deletes for the memory store's bundles, import and delete. */
  whole(interviewId: string): StoredRecording | undefined;
  put(recording: StoredRecording): void;
  delete(interviewId: string): void;
  clear(): void;
  bytes(): number;
}

/** Recordings kept in the page's memory: facts and chunks apart, as in IndexedDB. */
export function createMemoryRecordings(): MemoryRecordings {
  const infos = new Map<string, RecordingInfo>();
  /** interviewId → seq → chunk */
  const chunks = new Map<string, Map<number, Blob>>();

  const whole = (id: string): StoredRecording | undefined => {
    const info = infos.get(id);
    if (!info) return undefined;
    const own = [...(chunks.get(id)?.entries() ?? [])].sort(([a], [b]) => a - b).map(([, blob]) => blob);
    // Blobs are immutable, so sharing them is as good as copying.
    return { ...copy(info), blob: new Blob(own, { type: info.mimeType }) };
  };
  const put = ({ blob, ...info }: StoredRecording): void => {
    infos.set(info.interviewId, copy(info));
    chunks.set(info.interviewId, new Map([[0, blob]]));
  };
  const remove = (id: string): void => {
    infos.delete(id);
    chunks.delete(id);
  };

  return {
    methods: {
      putRecording: async (recording) => put(recording),
      getRecording: async (id) => whole(id),
      getRecordingInfo: async (id) => {
        const info = infos.get(id);
        return info && copy(info);
      },
      putRecordingInfo: async (info) => void infos.set(info.interviewId, copy(info)),
      appendRecordingChunk: async (chunk, info) => {
        const own = chunks.get(chunk.interviewId) ?? new Map<number, Blob>();
        own.set(chunk.seq, chunk.blob);
        chunks.set(chunk.interviewId, own);
        infos.set(info.interviewId, copy(info));
      },
    },
    whole,
    put,
    delete: remove,
    clear: () => {
      infos.clear();
      chunks.clear();
    },
    bytes: () => [...infos.values()].reduce((sum, info) => sum + info.bytes, 0),
  };
}
