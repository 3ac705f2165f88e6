import { toFigure } from '../figure.ts';
import { percentile } from '../stats.ts';
import type { Figure } from '../types.ts';
import type { LiveSoak } from './soak-live.ts';
import type { ServerSoak } from './soak-server.ts';

// The soak's own table (issue 9): printed after the main one when `--soak` is given.

const one = (
  id: string,
  label: string,
  unit: Figure['unit'],
  value: number,
  budget?: { max: number; text: string },
): Figure =>
  toFigure({
    id,
    label,
    unit,
    values: [value],
    noP95: true,
    ...(budget ? { budget: { on: 'median', ...budget } } : {}),
  });

export function liveSoakFigures(s: LiveSoak): Figure[] {
  const t = s.transcript;
  return [
    one(
      'soak-turns',
      `Soak: ${s.minutes} min compressed interview, turns the server said or heard`,
      'count',
      t.expected,
    ),
    one('soak-reconnects', `Soak: reconnects (${s.goAways} goAways, ${s.drops} drops)`, 'count', s.reconnects),
    one('soak-lost-turns', 'Soak: turns lost from the stored transcript', 'count', t.lost.length, {
      max: 0,
      text: '0',
    }),
    one('soak-duplicated-turns', 'Soak: turns stored more than once', 'count', t.duplicated.length, {
      max: 0,
      text: '0',
    }),
    one(
      'soak-fragments',
      `Soak: cut-off fragments kept beside a repeated line (${s.interrupted} barge-ins)`,
      'count',
      t.fragments.length + t.unexpected.length,
    ),
    one('soak-lost-listening', 'Soak: listening lost over the whole interview', 'ms', s.lostListeningMs),
    one(
      'soak-heap-start',
      `Soak: browser JS heap after GC at the start (${s.memoryStart.domNodes} DOM nodes)`,
      'MB',
      s.memoryStart.jsHeapMb,
    ),
    one(
      'soak-heap-end',
      `Soak: browser JS heap after GC at the end (${s.memoryEnd.domNodes} DOM nodes)`,
      'MB',
      s.memoryEnd.jsHeapMb,
    ),
  ];
}

export function serverSoakFigures(s: ServerSoak): Figure[] {
  const requests = s.health.requests + s.token.requests;
  return [
    one(
      'soak-server-rps',
      `Soak: token server ${s.minutes} min, health and token requests per second`,
      'req/s',
      (requests * 1000) / s.health.elapsedMs,
    ),
    one(
      'soak-server-failures',
      'Soak: token server answers that were not 2xx',
      'count',
      s.health.failures + s.token.failures,
      { max: 0, text: '0' },
    ),
    one(
      'soak-server-token-p99',
      'Soak: token server POST /api/live/token p99 at 80 a second',
      'ms',
      percentile(s.token.latenciesMs, 99),
    ),
    one(
      'soak-server-rss-start',
      'Soak: token server resident memory at the start',
      'MB',
      s.residentMb[0] ?? Number.NaN,
    ),
    one(
      'soak-server-rss-end',
      `Soak: token server resident memory at the end (every 30 s: ${s.residentMb.map((m) => Math.round(m)).join(', ')})`,
      'MB',
      s.residentMb.at(-1) ?? Number.NaN,
    ),
  ];
}
