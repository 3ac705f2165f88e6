import { describe, expect, it } from 'vitest';
import { makeRedactingLog } from './log.ts';

describe('makeRedactingLog', () => {
  it('replaces every configured secret wherever it appears', () => {
    const lines: string[] = [];
    const log = makeRedactingLog(['g-key', undefined, 't-key'], (l) => lines.push(l));
    log('Error: bad key g-key (g-key) and t-key');
    expect(lines).toEqual(['Error: bad key [redacted] ([redacted]) and [redacted]']);
  });

  it('passes lines through untouched when no secret is configured', () => {
    const lines: string[] = [];
    makeRedactingLog([undefined, ''], (l) => lines.push(l))('listening');
    expect(lines).toEqual(['listening']);
  });
});
