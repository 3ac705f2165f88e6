import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDuration, formatWhen } from '../../lib/format';
import { createMemoryStore } from './memory-store';
import { makeInterview, makePrepPack, makeReport, makeTurn } from './test-fixtures';
import { parseBackup, serializeBackup } from './backup';
import { pathsOf, replacedAt } from '../../../../contracts/testing/json-paths.ts';

// Property tests of backup import: a valid backup with any one value replaced by any JSON value,
// and JSON of any shape. Import must never throw, must refuse with a sentence, and whatever it
// accepts must be displayable by every formatter the screens use.

let valid: unknown;
beforeAll(async () => {
  const store = createMemoryStore();
  await store.createInterview(makeInterview('a', 1_700_000_000_000));
  await store.createInterview({ ...makeInterview('b', 1_700_000_500_000, 'unfinished'), durationMs: 18_000 });
  for (const seq of [0, 1, 2]) await store.putTurn('a', makeTurn(seq));
  await store.putReport(makeReport('a'));
  await store.putPrepPack(makePrepPack('p', 1_700_000_000_001));
  valid = JSON.parse(serializeBackup(await store.exportSnapshot(), 0));
});

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(8.64e15 + 1, -8.64e15 - 1, 1e308, -0, 0.5, '', '9'.repeat(400)),
);

/** What the pages do with a date: a machine-readable datetime attribute and a formatted one. */
const showDate = (epochMs: number): string[] => [new Date(epochMs).toISOString(), formatWhen(epochMs)];

/** Everything a screen does with an accepted record's numbers; throws if one cannot be shown. */
function displayAll(text: string): void {
  const result = parseBackup(text);
  if (!result.ok) {
    expect(result.message).toMatch(/Nothing was imported\.$/);
    return;
  }
  for (const { interview, turns, report } of result.snapshot.interviews) {
    for (const date of [interview.createdAt, interview.endedAt, report?.createdAt])
      if (date !== undefined) showDate(date);
    if (interview.durationMs !== undefined) formatDuration(interview.durationMs);
    for (const turn of turns) formatDuration(turn.endMs - turn.startMs);
  }
  for (const pack of result.snapshot.prepPacks) showDate(pack.createdAt);
}

describe('backup import under fuzzing', () => {
  it('refuses or accepts a backup with any one value replaced, and everything accepted can be displayed', () => {
    const paths = pathsOf(valid);
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), hostileValue, (index, value) => {
        displayAll(JSON.stringify(replacedAt(valid, paths[index] ?? [], value)));
      }),
    );
  });

  it('answers JSON of any shape with a sentence, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        displayAll(JSON.stringify(value));
      }),
    );
  });

  it('answers text that is not JSON with a sentence', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        displayAll(text);
      }),
    );
  });
});
