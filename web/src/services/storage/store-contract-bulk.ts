// Whole-store rules (bundles, export/import, delete all, usage) every Store keeps.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreUnderTest } from './store-contract';
import { makeInterview, makePrepPack, makeRecording, makeReport, makeTurn } from './test-fixtures';
import type { Store } from './types';

async function seed(store: Store, id: string, createdAt: number): Promise<void> {
  await store.createInterview(makeInterview(id, createdAt));
  await store.putTurn(id, makeTurn(0));
  await store.putTurn(id, makeTurn(1));
  await store.putReport(makeReport(id));
}

export function describeStoreBulkContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${name}: export, import and delete all`, () => {
    const opened: StoreUnderTest[] = [];
    const fresh = async (): Promise<Store> => {
      const under = await open();
      opened.push(under);
      return under.store;
    };
    let store: Store;
    beforeEach(async () => (store = await fresh()));
    afterEach(async () => {
      for (const under of opened.splice(0)) await under.cleanup();
    });

    it('bundles one interview with its turns, report and recording', async () => {
      await seed(store, 'a', 1);
      await store.putRecording(makeRecording('a', 'x'));
      const bundle = await store.getInterviewBundle('a');
      expect(bundle?.interview).toEqual(makeInterview('a', 1));
      expect(bundle?.turns).toEqual([makeTurn(0), makeTurn(1)]);
      expect(bundle?.report).toEqual(makeReport('a'));
      expect(bundle?.recording?.mimeType).toBe('audio/webm;codecs=opus');
      expect(await store.getInterviewBundle('missing')).toBeUndefined();
    });

    it('brings a deleted interview back from its bundle, recording included (undo)', async () => {
      await seed(store, 'a', 1);
      await store.putRecording(makeRecording('a', 'voices'));
      const bundle = await store.getInterviewBundle('a');
      await store.deleteInterview('a');
      await store.importSnapshot({ interviews: bundle ? [bundle] : [], prepPacks: [] });
      const restored = await store.getInterviewBundle('a');
      expect({ ...restored, recording: undefined }).toEqual({ ...bundle, recording: undefined });
      expect(await restored?.recording?.blob.text()).toBe('voices');
    });

    it('exports everything but recordings and imports it into an empty store unchanged', async () => {
      await seed(store, 'a', 1);
      await seed(store, 'b', 2);
      await store.putRecording(makeRecording('a', 'x'));
      await store.putPrepPack(makePrepPack('p', 3));
      const snapshot = await store.exportSnapshot();
      expect(snapshot.interviews.map((b) => b.interview.id)).toEqual(['a', 'b']);
      expect(snapshot.interviews.some((b) => b.recording)).toBe(false);

      const other = await fresh();
      const summary = await other.importSnapshot(snapshot);
      expect(summary).toEqual({ interviewsAdded: 2, interviewsSkipped: 0, prepPacksAdded: 1, prepPacksSkipped: 0 });
      expect(await other.exportSnapshot()).toEqual(snapshot);
    });

    it('skips records whose id exists and never overwrites them', async () => {
      await seed(store, 'a', 1);
      await store.putPrepPack(makePrepPack('p', 1));
      const changed = {
        interviews: [
          {
            interview: { ...makeInterview('a', 1), status: 'unfinished' as const },
            turns: [makeTurn(0, 'other words')],
          },
          { interview: makeInterview('new', 5), turns: [makeTurn(0)] },
          { interview: makeInterview('new', 6), turns: [] },
        ],
        prepPacks: [{ ...makePrepPack('p', 1), pack: 'other' }],
      };
      const summary = await store.importSnapshot(changed);
      expect(summary).toEqual({ interviewsAdded: 1, interviewsSkipped: 2, prepPacksAdded: 0, prepPacksSkipped: 1 });
      expect(await store.getInterview('a')).toEqual(makeInterview('a', 1));
      expect((await store.listTurns('a'))[0]?.text).toBe('turn 0');
      expect((await store.getInterview('new'))?.createdAt).toBe(5);
      expect((await store.getPrepPack('p'))?.pack).toEqual(makePrepPack('p', 1).pack);
    });

    it('deletes all interviews but keeps prep packs and settings', async () => {
      await seed(store, 'a', 1);
      await store.putRecording(makeRecording('a', 'x'));
      await store.putPrepPack(makePrepPack('p', 1));
      await store.putSetting('accessCode', 'sesame');
      await store.deleteAllInterviews();
      expect(await store.listInterviews()).toEqual([]);
      expect(await store.listTurns('a')).toEqual([]);
      expect(await store.listReports()).toEqual([]);
      expect(await store.getRecording('a')).toBeUndefined();
      expect(await store.listPrepPacks()).toHaveLength(1);
      expect(await store.getSetting('accessCode')).toBe('sesame');
    });

    it('clears everything, settings included', async () => {
      await seed(store, 'a', 1);
      await store.putPrepPack(makePrepPack('p', 1));
      await store.putSetting('accessCode', 'sesame');
      await store.clearEverything();
      expect(await store.exportSnapshot()).toEqual({ interviews: [], prepPacks: [] });
      expect(await store.getSetting('accessCode')).toBeUndefined();
    });
  });
}
