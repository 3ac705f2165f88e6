import { describe, expect, it } from 'vitest';
import { turnAt, turnSpans } from './replay-sync';

const offsets = [
  { seq: 2, offsetMs: 9_000 },
  { seq: 0, offsetMs: 0 },
  { seq: 1, offsetMs: 4_000 },
];

describe('replay sync', () => {
  it('orders turns by where they start and ends each where the next begins', () => {
    expect(turnSpans(offsets, 15_000)).toEqual([
      { seq: 0, startMs: 0, endMs: 4_000 },
      { seq: 1, startMs: 4_000, endMs: 9_000 },
      { seq: 2, startMs: 9_000, endMs: 15_000 },
    ]);
  });

  it('highlights the last turn that has started at the moment being heard', () => {
    const spans = turnSpans(offsets, 15_000);
    expect(turnAt(spans, 0)).toBe(0);
    expect(turnAt(spans, 3_999)).toBe(0);
    expect(turnAt(spans, 4_000)).toBe(1);
    expect(turnAt(spans, 60_000)).toBe(2);
  });

  it('highlights nothing before the first recorded turn', () => {
    expect(turnAt(turnSpans([{ seq: 3, offsetMs: 2_000 }], 5_000), 1_000)).toBeUndefined();
  });
});
