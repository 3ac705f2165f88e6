import { toFigure } from '../figure.ts';
import { MIN_ZERO_RUN_MS } from '../page/zero-runs.ts';
import type { Figure } from '../types.ts';
import type { StrategyRun } from './strategy-run.ts';

// The live suite's playout rows: underruns by the one instrument both strategies share (the
// output tap), their cross-checks (each player's own count, Chromium's device count), and our
// player's time stretch, each pooled over a strategy's runs.

export interface PooledPlayout {
  underruns: number;
  starvedMs: number;
  ownUnderruns: number;
  device: { underrunEvents: number; underrunMs: number };
  stretch: { wholePercent: number; pacedPercent: number; maxRatePercent: number };
}

const sum = (runs: readonly StrategyRun[], pick: (r: StrategyRun) => number): number =>
  runs.reduce((n, r) => n + pick(r), 0);

/** Samples inserted ÷ played, pooled over the runs, per phase; the highest rate any run saw. */
function stretchPercents(runs: readonly StrategyRun[]): PooledPlayout['stretch'] {
  const share = (pick: (r: StrategyRun) => { inserted: number; played: number }): number => {
    const played = sum(runs, (r) => pick(r).played);
    return played > 0 ? (100 * sum(runs, (r) => pick(r).inserted)) / played : Number.NaN;
  };
  return {
    wholePercent: share((r) => r.stretch.whole),
    pacedPercent: share((r) => r.stretch.paced),
    maxRatePercent: 100 * Math.max(0, ...runs.map((r) => r.stretch.maxRate)),
  };
}

export function poolPlayout(runs: readonly StrategyRun[]): PooledPlayout {
  return {
    underruns: sum(runs, (r) => r.underruns),
    starvedMs: sum(runs, (r) => r.starvedMs),
    ownUnderruns: sum(runs, (r) => r.ownUnderruns),
    device: {
      underrunEvents: sum(runs, (r) => r.device.underrunEvents),
      underrunMs: sum(runs, (r) => r.device.underrunMs),
    },
    stretch: stretchPercents(runs),
  };
}

/** `paced` names the real-time phase in the labels. */
export function playoutFigures(ours: PooledPlayout, base: PooledPlayout, paced: string): Figure[] {
  return [
    toFigure({
      id: 'underruns-jitter',
      label: `Playback underruns at the output (zero runs ≥ ${MIN_ZERO_RUN_MS} ms inside a reply), all runs together, ${paced}`,
      unit: 'count',
      values: [ours.underruns],
      baseline: [base.underruns],
      budget: { on: 'median', max: 0, text: '0' },
      noP95: true,
    }),
    toFigure({
      id: 'underruns-jitter-silence',
      label: 'Silence those underruns left, all runs together',
      unit: 'ms',
      values: [ours.starvedMs],
      baseline: [base.starvedMs],
      noP95: true,
    }),
    toFigure({
      id: 'underruns-device',
      label: "Device underruns, Chromium's own count (AudioContext.playbackStats), same windows",
      unit: 'count',
      values: [ours.device.underrunEvents],
      baseline: [base.device.underrunEvents],
      noP95: true,
    }),
    toFigure({
      id: 'underruns-device-ms',
      label: 'Silence those device underruns left',
      unit: 'ms',
      values: [ours.device.underrunMs],
      baseline: [base.device.underrunMs],
      noP95: true,
    }),
    toFigure({
      id: 'reply-stretch-paced',
      label: `Reply audio added by the time stretch, % of audio played (ours only), ${paced}`,
      unit: '%',
      values: [ours.stretch.pacedPercent],
      noP95: true,
    }),
    toFigure({
      id: 'reply-stretch-whole',
      label: 'Reply audio added by the time stretch, whole reply at once (0: every sample as sent)',
      unit: '%',
      values: [ours.stretch.wholePercent],
      noP95: true,
    }),
    toFigure({
      id: 'reply-stretch-max-rate',
      label: 'Time stretch: highest lengthening over any 200 ms of output (capped by the player’s maxStretchPercent)',
      unit: '%',
      values: [ours.stretch.maxRatePercent],
      noP95: true,
    }),
    toFigure({
      id: 'underruns-jitter-own',
      label: "Playback underruns by each player's own count (cross-check), same windows",
      unit: 'count',
      values: [ours.ownUnderruns],
      baseline: [base.ownUnderruns],
      noP95: true,
    }),
  ];
}
