/* eslint-disable @typescript-eslint/require-await --
   The methods are async so that they keep the Store contract: a throw becomes a rejection,
   exactly as it would from IndexedDB. */
import type { InterviewRecord, Turn } from '../../lib/interview';
import { pickNew } from './import-plan';
import { asUnfinished } from './recovery';
import { notFoundError, toStoreError } from './store-errors';
import { approximateUsage } from './storage-usage';
import { createMemoryRecordings } from './memory-recordings';
import type { InterviewBundle, PrepPackRecord, Store, StoredReport } from './types';

const copy = <T>(value: T): T => structuredClone(value);
const byNewest = <T extends { createdAt: number }>(a: T, b: T): number => b.createdAt - a.createdAt;

/**
 * A Store that lives as long as the page: the stand-in when IndexedDB is unavailable (private
 * mode, blocked, failed to open). Keeps the same rules as the IndexedDB store, copies included,
 * so the rest of the app cannot tell them apart except by `kind`.
 */
export function createMemoryStore(): Store {
  const interviews = new Map<string, InterviewRecord>();
  /** interviewId → seq → turn */
  const turns = new Map<string, Map<number, Turn>>();
  const reports = new Map<string, StoredReport>();
  const recordings = createMemoryRecordings();
  const prepPacks = new Map<string, PrepPackRecord>();
  const settings = new Map<string, unknown>();

  const turnsOf = (id: string): Turn[] => [...(turns.get(id)?.values() ?? [])].sort((a, b) => a.seq - b.seq).map(copy);

  const bundleOf = (record: InterviewRecord): InterviewBundle => {
    const report = reports.get(record.id);
    const recording = recordings.whole(record.id);
    return {
      interview: copy(record),
      turns: turnsOf(record.id),
      ...(report ? { report: copy(report) } : {}),
      ...(recording ? { recording } : {}),
    };
  };

  const putTurnNow = (interviewId: string, turn: Turn): void => {
    const own = turns.get(interviewId) ?? new Map<number, Turn>();
    own.set(turn.seq, copy(turn));
    turns.set(interviewId, own);
  };

  const deleteInterviewNow = (id: string): void => {
    interviews.delete(id);
    turns.delete(id);
    reports.delete(id);
    recordings.delete(id);
  };

  const exportSnapshotNow = () => ({
    interviews: [...interviews.values()]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((record) => {
        // Backups leave recordings out, as the IndexedDB store's export does.
        const { recording: _recording, ...bundle } = bundleOf(record);
        return bundle;
      }),
    prepPacks: [...prepPacks.values()].sort((a, b) => a.createdAt - b.createdAt).map(copy),
  });

  return {
    kind: 'memory',
    createInterview: async (record) => {
      // IndexedDB's add() fails the same way on an existing key.
      if (interviews.has(record.id)) throw toStoreError(new DOMException('Key exists', 'ConstraintError'), 'saved');
      interviews.set(record.id, copy(record));
    },
    getInterview: async (id) => {
      const record = interviews.get(id);
      return record && copy(record);
    },
    updateInterview: async (id, patch) => {
      const current = interviews.get(id);
      if (!current) throw notFoundError('This interview');
      interviews.set(id, copy({ ...current, ...patch, id }));
    },
    listInterviews: async () => [...interviews.values()].sort(byNewest).map(copy),
    deleteInterview: async (id) => deleteInterviewNow(id),
    putTurn: async (interviewId, turn) => putTurnNow(interviewId, turn),
    listTurns: async (interviewId) => turnsOf(interviewId),

    markStaleLiveAsUnfinished: async (keepLive = []) => {
      const stale = [...interviews.values()].filter((r) => r.status === 'live' && !keepLive.includes(r.id));
      for (const record of stale) interviews.set(record.id, asUnfinished(record, turnsOf(record.id).at(-1)?.endMs));
      return stale.map((record) => record.id);
    },

    putReport: async (report) => void reports.set(report.interviewId, copy(report)),
    getReport: async (interviewId) => {
      const report = reports.get(interviewId);
      return report && copy(report);
    },
    listReports: async () => [...reports.values()].map(copy),
    ...recordings.methods,
    putPrepPack: async (pack) => void prepPacks.set(pack.id, copy(pack)),
    getPrepPack: async (id) => {
      const pack = prepPacks.get(id);
      return pack && copy(pack);
    },
    listPrepPacks: async () => [...prepPacks.values()].sort(byNewest).map(copy),
    deletePrepPack: async (id) => void prepPacks.delete(id),
    getSetting: async (key) => copy(settings.get(key)),
    putSetting: async (key, value) => void settings.set(key, copy(value)),
    deleteSetting: async (key) => void settings.delete(key),

    getInterviewBundle: async (id) => {
      const record = interviews.get(id);
      return record && bundleOf(record);
    },
    exportSnapshot: async () => exportSnapshotNow(),
    importSnapshot: async (snapshot) => {
      const plan = pickNew(snapshot, new Set(interviews.keys()), new Set(prepPacks.keys()));
      for (const { interview, turns: bundleTurns, report, recording } of plan.interviews) {
        interviews.set(interview.id, copy(interview));
        for (const turn of bundleTurns) putTurnNow(interview.id, turn);
        if (report) reports.set(interview.id, copy({ ...report, interviewId: interview.id }));
        if (recording) recordings.put({ ...recording, interviewId: interview.id });
      }
      for (const pack of plan.prepPacks) prepPacks.set(pack.id, copy(pack));
      return plan.summary;
    },
    deleteAllInterviews: async () => {
      for (const id of [...interviews.keys()]) deleteInterviewNow(id);
    },
    clearEverything: async () => {
      for (const map of [interviews, turns, reports, prepPacks, settings]) map.clear();
      recordings.clear();
    },
    estimateUsage: async () => {
      return approximateUsage(exportSnapshotNow(), recordings.bytes(), [...settings.entries()]);
    },
  };
}
