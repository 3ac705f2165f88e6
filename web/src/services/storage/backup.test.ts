import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import { makeInterview, makePrepPack, makeRecording, makeReport, makeTurn } from './test-fixtures';
import { StoreError, type Store } from './types';
import { BACKUP_FORMAT, describeImport, importBackup, parseBackup, readBackupFile, serializeBackup } from './backup';

async function seededStore(): Promise<Store> {
  const store = createMemoryStore();
  await store.createInterview(makeInterview('a', 1_700_000_000_000));
  await store.createInterview({ ...makeInterview('b', 1_700_000_500_000, 'unfinished'), durationMs: 18_000 });
  for (const seq of [0, 1, 2]) await store.putTurn('a', makeTurn(seq));
  await store.putTurn('b', makeTurn(0, 'Ünïcödé “quotes” and emoji 🎤'));
  await store.putReport(makeReport('a'));
  await store.putPrepPack(makePrepPack('p', 1_700_000_000_001));
  await store.putRecording(makeRecording('a', 'RECORDED-AUDIO'));
  await store.putSetting('geminiKey', 'SECRET-KEY-123');
  return store;
}

const validBackup = async (): Promise<Record<string, unknown>> =>
  JSON.parse(serializeBackup(await (await seededStore()).exportSnapshot(), 0)) as Record<string, unknown>;

type Path = readonly (string | number)[];

/** A valid backup with the value at `path` replaced, as a hand-edited or corrupted file would be. */
async function edited(path: Path, value: unknown): Promise<string> {
  const backup = await validBackup();
  let node = backup as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] ?? ''] = value;
  return JSON.stringify(backup);
}

function messageOf(result: ReturnType<typeof parseBackup>): string {
  if (result.ok) throw new Error('expected the backup to be rejected');
  return result.message;
}

describe('backup round trip', () => {
  it('restores every interview, turn, report and prep pack into an empty store', async () => {
    const original = await seededStore();
    const text = serializeBackup(await original.exportSnapshot(), Date.UTC(2025, 0, 1));
    const restored = createMemoryStore();
    const outcome = await importBackup(new Blob([text]), restored);
    expect(outcome).toEqual({
      ok: true,
      summary: { interviewsAdded: 2, interviewsSkipped: 0, prepPacksAdded: 1, prepPacksSkipped: 0 },
      message: 'Imported 2 interviews and 1 prep pack.',
    });
    expect(await restored.exportSnapshot()).toEqual(await original.exportSnapshot());
  });

  it('leaves out recordings and settings, so the Gemini key never lands in the file', async () => {
    const text = serializeBackup(await (await seededStore()).exportSnapshot(), 0);
    expect(text).not.toContain('SECRET-KEY-123');
    expect(text).not.toContain('recording');
    expect(JSON.parse(text)).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '1970-01-01T00:00:00.000Z',
    });
  });

  it('skips what is already there when the same file is imported twice', async () => {
    const store = await seededStore();
    const outcome = await importBackup(new Blob([serializeBackup(await store.exportSnapshot())]), store);
    expect(outcome.ok && outcome.summary).toEqual({
      interviewsAdded: 0,
      interviewsSkipped: 2,
      prepPacksAdded: 0,
      prepPacksSkipped: 1,
    });
    expect(outcome.message).toBe(
      'Imported 0 interviews and 0 prep packs. 3 were already on this device and kept as they are.',
    );
  });
});

describe('rejecting a bad backup file', () => {
  it('explains a file that is not JSON', () => {
    expect(messageOf(parseBackup('PK\u0003\u0004 zip bytes'))).toMatch(/not valid JSON.*Nothing was imported\.$/);
  });

  it('explains JSON that is not a backup, including a transcript export', () => {
    for (const text of ['{"hello":1}', '[]', 'null', '42'])
      expect(messageOf(parseBackup(text))).toMatch(/not a Mockingbird backup/);
    expect(messageOf(parseBackup('{"format":"mockingbird-transcript","version":1}'))).toMatch(
      /transcript of one interview/,
    );
  });

  it('explains a backup from a newer or unknown version', async () => {
    const backup = await validBackup();
    expect(messageOf(parseBackup(JSON.stringify({ ...backup, version: 2 })))).toMatch(/newer version of Mockingbird/);
    expect(messageOf(parseBackup(JSON.stringify({ ...backup, version: '1' })))).toMatch(
      /format version \(1\) that Mockingbird does not know/,
    );
  });

  it('names the record that is malformed', async () => {
    const badTurn = await edited(['interviews', 0, 'turns', 1, 'startMs'], 'soon');
    expect(messageOf(parseBackup(badTurn))).toMatch(/damaged.*interview 1, turn 2, startMs/);
    const badLevel = await edited(['interviews', 1, 'interview', 'setup'], { topic: 'x' });
    expect(messageOf(parseBackup(badLevel))).toMatch(/interview 2, setup/);
    const badScore = await edited(['interviews', 0, 'report', 'report', 'overallScore'], 140);
    expect(messageOf(parseBackup(badScore))).toMatch(/report, report, overallScore/);
  });

  it('refuses records that contradict each other', async () => {
    const strayReport = await edited(['interviews', 0, 'report', 'interviewId'], 'b');
    expect(messageOf(parseBackup(strayReport))).toMatch(/the report belongs to a different interview/);
    const twice = await edited(['interviews', 0, 'turns', 1, 'seq'], 0);
    expect(messageOf(parseBackup(twice))).toMatch(/turn number 0 appears twice/);
  });

  it('refuses a huge file before reading it', async () => {
    const huge = new Blob(['x'.repeat(2_000)]);
    const read = await readBackupFile(huge, 1_000);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/more than the 1 MB a Mockingbird backup can be/);
    expect(parseBackup(' '.repeat(2_000), 1_000).ok).toBe(false);
  });

  it('imports nothing at all from a bad file', async () => {
    const store = createMemoryStore();
    const text = await edited(['interviews', 1, 'turns', 0, 'role'], 'narrator');
    const outcome = await importBackup(new Blob([text]), store);
    expect(outcome.ok).toBe(false);
    expect(await store.listInterviews()).toEqual([]);
  });

  it("passes on the store's own sentence when saving fails", async () => {
    const fullStore = { importSnapshot: () => Promise.reject(new StoreError('quota', 'Storage is full.')) };
    const outcome = await importBackup(new Blob([JSON.stringify(await validBackup())]), fullStore);
    expect(outcome).toEqual({ ok: false, message: 'Storage is full. Nothing was imported.' });
  });
});

describe('describeImport', () => {
  it('says what was added and what was kept', () => {
    expect(describeImport({ interviewsAdded: 1, interviewsSkipped: 1, prepPacksAdded: 0, prepPacksSkipped: 0 })).toBe(
      'Imported 1 interview and 0 prep packs. 1 was already on this device and kept as it is.',
    );
  });
});
