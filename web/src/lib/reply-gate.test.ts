import { describe, expect, it } from 'vitest';
import { createReplyGate } from './reply-gate';

function gate() {
  const out: string[] = [];
  return { out, gate: createReplyGate<string>((item) => void out.push(item)) };
}

describe('createReplyGate', () => {
  it('lets a reply straight through until told to hold it', () => {
    const { out, gate: g } = gate();
    g.push('a');
    expect(out).toEqual(['a']);
  });

  it('keeps a held reply in order and lets it out on release, then passes later parts straight through', () => {
    const { out, gate: g } = gate();
    g.apply('hold');
    g.push('a');
    g.push('b');
    expect(out).toEqual([]);
    expect(g.held).toBe(2);
    g.apply('release');
    g.push('c');
    expect(out).toEqual(['a', 'b', 'c']);
  });

  it('drops a held reply on a take-back, and what of it still arrives, until the next hold or release', () => {
    const { out, gate: g } = gate();
    g.apply('hold');
    g.push('a');
    g.apply('drop');
    g.push('late tail');
    expect(g.held).toBe(0);
    g.apply('hold');
    g.push('next');
    g.apply('release');
    expect(out).toEqual(['next']);
  });
});
