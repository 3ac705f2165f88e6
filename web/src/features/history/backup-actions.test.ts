import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../services/storage/memory-store';
import { makeInterview, makeTurn } from '../../services/storage/test-fixtures';
import { describeUsage, exportEverything, importFromFile } from './backup-actions';

describe('exportEverything and importFromFile', () => {
  it('exports one file that brings every interview back on another device', async () => {
    const source = createMemoryStore();
    await source.createInterview(makeInterview('a', 1_000));
    await source.putTurn('a', makeTurn(0, 'Hello'));
    const files: { name: string; text: string; type: string }[] = [];
    const exported = await exportEverything(
      source,
      (name, text, type) => void files.push({ name, text, type }),
      Date.UTC(2025, 2, 4),
    );
    expect(exported).toEqual({
      tone: 'info',
      text: 'Exported 1 interview to mockingbird-backup-2025-03-04.json. Recordings are not included.',
    });
    expect(files[0]).toMatchObject({ name: 'mockingbird-backup-2025-03-04.json', type: 'application/json' });

    const target = createMemoryStore();
    expect(await importFromFile(new Blob([files[0]!.text]), target)).toEqual({
      tone: 'info',
      text: 'Imported 1 interview and 0 prep packs.',
    });
    expect((await target.listTurns('a'))[0]?.text).toBe('Hello');
  });

  it('explains a file that is not a backup and imports nothing', async () => {
    const target = createMemoryStore();
    const result = await importFromFile(new Blob(['{"hello":1}']), target);
    expect(result.tone).toBe('error');
    expect(result.text).toMatch(/not a Mockingbird backup/);
    expect(await target.listInterviews()).toEqual([]);
  });
});

describe('describeUsage', () => {
  it('says how much is used, and of how much, when the browser says', () => {
    expect(describeUsage({ usedBytes: 1_258_291, quotaBytes: 2 * 1024 ** 3, source: 'browser' })).toBe(
      '1.2 MB used on this device, of 2.0 GB this browser allows.',
    );
    expect(describeUsage({ usedBytes: 2048, source: 'approximate' })).toBe('About 2.0 KB used on this device.');
  });
});
