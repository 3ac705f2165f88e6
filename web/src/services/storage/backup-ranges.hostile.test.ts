import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import { makeInterview, makePrepPack, makeReport, makeTurn } from './test-fixtures';
import { importBackup, parseBackup, serializeBackup } from './backup';

// A backup with an out-of-range date imported without complaint and then locked History (its
// dates made toISOString and Intl throw). Every number a screen displays is now checked
// against the ranges the app can display before anything is imported.

const BEYOND_DATE = 8.64e15 + 1; // one millisecond past the last moment a Date can hold

async function validBackup(): Promise<Record<string, unknown>> {
  const store = createMemoryStore();
  await store.createInterview(makeInterview('a', 1_700_000_000_000));
  await store.putTurn('a', makeTurn(0));
  await store.putTurn('a', makeTurn(1));
  await store.putReport(makeReport('a'));
  await store.putPrepPack(makePrepPack('p', 1_700_000_000_001));
  return JSON.parse(serializeBackup(await store.exportSnapshot(), 0)) as Record<string, unknown>;
}

function withValue(backup: Record<string, unknown>, path: readonly (string | number)[], value: unknown): string {
  let node = backup as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] ?? ''] = value;
  return JSON.stringify(backup);
}

const hostile: [string, (string | number)[], unknown][] = [
  ['an interview date past the end of time', ['interviews', 0, 'interview', 'createdAt'], BEYOND_DATE],
  ['an interview date in the year 275,000', ['interviews', 0, 'interview', 'createdAt'], 8.6e15],
  ['a negative interview date', ['interviews', 0, 'interview', 'createdAt'], -1],
  ['an end date past the end of time', ['interviews', 0, 'interview', 'endedAt'], BEYOND_DATE],
  ['a duration of a thousand years', ['interviews', 0, 'interview', 'durationMs'], 3.15e13],
  ['a duration of 1e308', ['interviews', 0, 'interview', 'durationMs'], 1e308],
  ['a report date past the end of time', ['interviews', 0, 'report', 'createdAt'], BEYOND_DATE],
  ['a turn starting a year in', ['interviews', 0, 'turns', 0, 'startMs'], 3.15e10],
  ['a turn ending at 1e300', ['interviews', 0, 'turns', 1, 'endMs'], 1e300],
  ['a turn of a million characters', ['interviews', 0, 'turns', 1, 'text'], 'x'.repeat(1_000_000)],
  ['a prep pack date past the end of time', ['prepPacks', 0, 'createdAt'], BEYOND_DATE],
  ['a prep pack date as text', ['prepPacks', 0, 'createdAt'], '2024-01-01'],
];

describe('a hostile backup', () => {
  it.each(hostile)('with %s is refused whole, with a sentence naming the field', async (_, path, value) => {
    const result = parseBackup(withValue(await validBackup(), path, value));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^This backup file is damaged or was edited \(.+\)\. Nothing was imported\.$/);
      expect(result.message).toContain(String(path.at(-1)));
    }
  });

  it.each(hostile)('with %s adds nothing to the store', async (_, path, value) => {
    const store = createMemoryStore();
    const outcome = await importBackup(new Blob([withValue(await validBackup(), path, value)]), store);
    expect(outcome.ok).toBe(false);
    expect(await store.listInterviews()).toEqual([]);
    expect(await store.listPrepPacks()).toEqual([]);
  });

  it('is accepted once the values are back in range, so the refusals are about the ranges alone', async () => {
    expect(parseBackup(JSON.stringify(await validBackup())).ok).toBe(true);
  });
});
