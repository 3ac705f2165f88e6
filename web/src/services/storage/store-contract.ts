// The rules every Store keeps, run against each implementation by its own test file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeInterview, makePrepPack, makeRecording, makeRecordingInfo, makeReport, makeTurn } from './test-fixtures';
import { StoreError, type Store } from './types';

export interface StoreUnderTest {
  store: Store;
  cleanup: () => Promise<void> | void;
}

export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${name}: interviews and turns`, () => {
    let store: Store;
    let cleanup: StoreUnderTest['cleanup'];
    beforeEach(async () => ({ store, cleanup } = await open()));
    afterEach(() => cleanup());

    it('gives back the interview it was given, as a copy', async () => {
      await store.createInterview(makeInterview('a', 1));
      const read = await store.getInterview('a');
      expect(read).toEqual(makeInterview('a', 1));
      if (read) read.setup.topic = 'changed';
      expect((await store.getInterview('a'))?.setup.topic).toBe('System design');
    });

    it('refuses to create an interview whose id exists', async () => {
      await store.createInterview(makeInterview('a', 1));
      await expect(store.createInterview(makeInterview('a', 2))).rejects.toBeInstanceOf(StoreError);
    });

    it('lists interviews newest first', async () => {
      for (const [id, at] of [
        ['old', 1],
        ['newest', 3],
        ['middle', 2],
      ] as const) {
        await store.createInterview(makeInterview(id, at));
      }
      expect((await store.listInterviews()).map((r) => r.id)).toEqual(['newest', 'middle', 'old']);
    });

    it('merges an update into the stored interview and keeps its id', async () => {
      await store.createInterview(makeInterview('a', 1, 'live'));
      await store.updateInterview('a', { status: 'ended', endedAt: 99, durationMs: 98 });
      expect(await store.getInterview('a')).toMatchObject({ id: 'a', status: 'ended', endedAt: 99, durationMs: 98 });
    });

    it("rejects an update of an interview that isn't there with reason not-found", async () => {
      await expect(store.updateInterview('ghost', { status: 'ended' })).rejects.toMatchObject({ reason: 'not-found' });
    });

    it('keeps one copy of a turn written twice and returns turns in seq order', async () => {
      await store.createInterview(makeInterview('a', 1));
      for (const seq of [2, 0, 1]) await store.putTurn('a', makeTurn(seq));
      await store.putTurn('a', makeTurn(1, 'corrected'));
      await store.putTurn('b', makeTurn(0, 'another interview'));
      const turns = await store.listTurns('a');
      expect(turns.map((t) => [t.seq, t.text])).toEqual([
        [0, 'turn 0'],
        [1, 'corrected'],
        [2, 'turn 2'],
      ]);
      expect(turns[0]).toEqual(makeTurn(0));
    });

    it('keeps a typed answer’s mark and a spoken turn’s voiced spans, and reads older turns without them', async () => {
      await store.createInterview(makeInterview('a', 1));
      const spoken = { ...makeTurn(1), speech: [{ startMs: 500, endMs: 2_000, voicedMs: 1_300 }] };
      const typed = { ...makeTurn(2), typed: true as const };
      for (const turn of [makeTurn(0), spoken, typed]) await store.putTurn('a', turn);
      expect(await store.listTurns('a')).toEqual([makeTurn(0), spoken, typed]);
    });

    it('deletes an interview with its turns, report and recording, and nothing else', async () => {
      for (const id of ['a', 'b']) {
        await store.createInterview(makeInterview(id, 1));
        await store.putTurn(id, makeTurn(0));
        await store.putReport(makeReport(id));
        await store.putRecording(makeRecording(id, 'ogg'));
        await store.appendRecordingChunk({ interviewId: id, seq: 1, blob: new Blob([' more']) }, makeRecordingInfo(id));
      }
      await store.deleteInterview('a');
      expect(await store.getInterview('a')).toBeUndefined();
      expect(await store.listTurns('a')).toEqual([]);
      expect(await store.getReport('a')).toBeUndefined();
      expect(await store.getRecording('a')).toBeUndefined();
      // A recording started again under the same id must not pick up the deleted audio.
      await store.putRecordingInfo(makeRecordingInfo('a'));
      expect(await (await store.getRecording('a'))?.blob.text()).toBe('');
      expect(await (await store.getRecording('b'))?.blob.text()).toBe('ogg more');
      expect(await store.listTurns('b')).toHaveLength(1);
      expect(await store.getReport('b')).toBeDefined();
    });

    it('marks interviews left live as unfinished, ending at their last turn, except those kept live', async () => {
      await store.createInterview(makeInterview('crashed', 1, 'live'));
      await store.createInterview(makeInterview('silent', 2, 'live'));
      await store.createInterview(makeInterview('open-here', 3, 'live'));
      await store.createInterview(makeInterview('done', 4, 'ended'));
      for (const seq of [0, 1, 2]) await store.putTurn('crashed', makeTurn(seq));
      const changed = await store.markStaleLiveAsUnfinished(['open-here']);
      expect(changed.sort()).toEqual(['crashed', 'silent']);
      expect(await store.getInterview('crashed')).toMatchObject({ status: 'unfinished', durationMs: 28_000 });
      expect(await store.getInterview('silent')).toMatchObject({ status: 'unfinished', durationMs: 0 });
      expect(await store.getInterview('open-here')).toMatchObject({ status: 'live' });
      expect(await store.getInterview('done')).toEqual(makeInterview('done', 4, 'ended'));
      expect(await store.listTurns('crashed')).toHaveLength(3);
    });
  });

  describe(`${name}: reports, recordings, prep packs and settings`, () => {
    let store: Store;
    let cleanup: StoreUnderTest['cleanup'];
    beforeEach(async () => ({ store, cleanup } = await open()));
    afterEach(() => cleanup());

    it('replaces a report when it is regenerated and lists every report', async () => {
      await store.putReport(makeReport('a', 50));
      await store.putReport(makeReport('a', 80));
      await store.putReport(makeReport('b', 60));
      expect((await store.getReport('a'))?.report.overallScore).toBe(80);
      expect((await store.listReports()).map((r) => r.report.overallScore).sort()).toEqual([60, 80]);
    });

    it('keeps a recording as a Blob with its bytes', async () => {
      await store.putRecording(makeRecording('a', 'opus bytes'));
      const recording = await store.getRecording('a');
      expect(recording?.mimeType).toBe('audio/webm;codecs=opus');
      expect(await recording?.blob.text()).toBe('opus bytes');
    });

    it('joins appended chunks in seq order, whatever order they were written in, with the latest facts', async () => {
      await store.putRecordingInfo(makeRecordingInfo('a'));
      await store.appendRecordingChunk(
        { interviewId: 'a', seq: 1, blob: new Blob(['two ']) },
        makeRecordingInfo('a', { bytes: 4, durationMs: 2000 }),
      );
      await store.appendRecordingChunk(
        { interviewId: 'a', seq: 0, blob: new Blob(['one ']) },
        makeRecordingInfo('a', { bytes: 8, durationMs: 4000 }),
      );
      await store.appendRecordingChunk(
        { interviewId: 'a', seq: 2, blob: new Blob(['three']) },
        makeRecordingInfo('a', { bytes: 13, durationMs: 5000, turnOffsets: [{ seq: 0, offsetMs: 0 }] }),
      );
      await store.appendRecordingChunk({ interviewId: 'b', seq: 0, blob: new Blob(['other']) }, makeRecordingInfo('b'));
      const recording = await store.getRecording('a');
      expect(await recording?.blob.text()).toBe('one two three');
      expect(recording?.blob.type).toBe('audio/webm;codecs=opus');
      expect(await store.getRecordingInfo('a')).toEqual(
        makeRecordingInfo('a', { bytes: 13, durationMs: 5000, turnOffsets: [{ seq: 0, offsetMs: 0 }] }),
      );
    });

    it('updates the facts of a recording without touching its audio', async () => {
      await store.appendRecordingChunk(
        { interviewId: 'a', seq: 0, blob: new Blob(['audio']) },
        makeRecordingInfo('a', { bytes: 5 }),
      );
      await store.putRecordingInfo(makeRecordingInfo('a', { bytes: 5, state: 'stopped', stoppedBecause: 'quota' }));
      const recording = await store.getRecording('a');
      expect(recording).toMatchObject({ state: 'stopped', stoppedBecause: 'quota' });
      expect(await recording?.blob.text()).toBe('audio');
    });

    it('has no recording, and no facts, for an interview that was not recorded', async () => {
      expect(await store.getRecording('none')).toBeUndefined();
      expect(await store.getRecordingInfo('none')).toBeUndefined();
    });

    it('lists prep packs newest first and deletes one', async () => {
      await store.putPrepPack(makePrepPack('p1', 1));
      await store.putPrepPack(makePrepPack('p2', 2));
      expect((await store.listPrepPacks()).map((p) => p.id)).toEqual(['p2', 'p1']);
      expect(await store.getPrepPack('p1')).toEqual(makePrepPack('p1', 1));
      await store.deletePrepPack('p1');
      expect(await store.getPrepPack('p1')).toBeUndefined();
    });

    it('stores settings as key/values and forgets a deleted one', async () => {
      expect(await store.getSetting('serverUrl')).toBeUndefined();
      await store.putSetting('serverUrl', 'https://coach.example');
      await store.putSetting('defaults', { level: 'Advanced' });
      expect(await store.getSetting('serverUrl')).toBe('https://coach.example');
      expect(await store.getSetting('defaults')).toEqual({ level: 'Advanced' });
      await store.deleteSetting('serverUrl');
      expect(await store.getSetting('serverUrl')).toBeUndefined();
    });
  });
}
