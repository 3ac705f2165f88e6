// The early hand-over's one free choice, its silence floor, tried on the shipped detector's events
// from the same run: how soon the model is handed the turn against how often the candidate's
// next sentence takes it back. Scoring only: the detector ran once.

import { median, percentile } from '../stats.ts';
import type { Episode } from './corpus.ts';
import { scoreRun, type HeardEvent, type TakeBackPlace, type TurnPolicy } from './score.ts';

export function earlySweepTable(
  episodes: Episode[],
  events: HeardEvent[],
  policyWithFloor: (floorMs: number) => TurnPolicy,
  floorsMs: number[],
): string {
  const head =
    '| early floor (Normal) | activityEnd median / p95 ms | audible median ms | take-backs per answer (thinking pause / between sentences) | cut-offs heard / upstream only |';
  const rows = floorsMs.map((floor) => {
    const { outcomes } = scoreRun(episodes, events, () => policyWithFloor(floor));
    const complete = outcomes.flatMap((o) => (o.kind === 'complete' ? [o] : []));
    const cuts = outcomes.flatMap((o) => (o.kind === 'cut' ? [o] : []));
    const taken = outcomes.flatMap((o) => ('takeBacks' in o ? o.takeBacks : []));
    const count = (where: TakeBackPlace) => taken.filter((t) => t.where === where).length;
    const up = complete.map((o) => o.upstreamMs);
    const heard = cuts.filter((c) => c.audible).length;
    return `| ${floor} ms | ${ms(median(up))} / ${ms(percentile(up, 95))} | ${ms(median(complete.map((o) => o.delayMs)))} | ${(taken.length / outcomes.length).toFixed(2)} (${count('thinking-pause')} / ${count('between-sentences')}) | ${heard} / ${cuts.length - heard} |`;
  });
  return [head, '|---|---|---|---|---|', ...rows].join('\n');
}

const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');
