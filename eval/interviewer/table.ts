// The eval's result as a plain-text table: one row per rule, one column per scripted candidate,
// and how many of the candidates where the rule applied kept it.

import { RULES, type RuleId } from './rules';
import type { Verdict } from './judge';

export type Results = ReadonlyMap<string, ReadonlyMap<RuleId, Verdict | undefined>>;

const CELL: Record<Verdict, string> = { pass: 'pass', fail: 'FAIL', not_applicable: '-' };

function pad(cells: string[], widths: number[]): string {
  return `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
}

export function resultTable(results: Results): string {
  const candidates = [...results.keys()];
  const rows = RULES.map((rule) => {
    const verdicts = candidates.map((c) => results.get(c)?.get(rule.id));
    const applicable = verdicts.filter((v) => v === 'pass' || v === 'fail');
    const kept = applicable.filter((v) => v === 'pass').length;
    return [
      rule.id,
      ...verdicts.map((v) => (v ? CELL[v] : '?')),
      applicable.length ? `${kept}/${applicable.length}` : '-',
    ];
  });
  const header = ['rule', ...candidates, 'kept'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [
    pad(header, widths),
    pad(
      widths.map((w) => '-'.repeat(w)),
      widths,
    ),
    ...rows.map((r) => pad(r, widths)),
  ].join('\n');
}
