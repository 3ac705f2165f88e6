import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';
import type { MainThreadBreakdown, WorkKind } from './trace-breakdown.ts';

// The room's traced main thread as table rows, ours beside the baseline: one row per kind of
// work, % of wall time. The trace costs CPU of its own (about a fifth more here), so these rows
// give the shares; the untraced CPU row above is the figure to compare with the budget.

const KIND_LABEL: Record<WorkKind, string> = {
  script: 'JavaScript',
  gc: 'garbage collection',
  style: 'style recalculation',
  layout: 'layout',
  paint: 'paint (pre-paint, paint, layerize)',
  composite: 'commit to the compositor',
  frame: "rendering frames' own overhead",
  other: 'task overhead (messages, scheduler)',
};

export function traceFigures(ours: MainThreadBreakdown[], base: MainThreadBreakdown[]): Figure[] {
  const pair = (pick: (b: MainThreadBreakdown) => number) => ({ values: ours.map(pick), baseline: base.map(pick) });
  return [
    toFigure({
      id: 'room-trace-cpu',
      label: 'Room, traced: main-thread time in tasks, % of wall time (the trace adds its own cost)',
      unit: '%',
      ...pair((b) => b.cpuMsPerS / 10),
      noP95: true,
    }),
    ...(Object.keys(KIND_LABEL) as WorkKind[]).map((kind) =>
      toFigure({
        id: `room-trace-${kind}`,
        label: `Room, traced: ${KIND_LABEL[kind]}, % of wall time`,
        unit: '%',
        ...pair((b) => b.byKind[kind] / 10),
        noP95: true,
      }),
    ),
  ];
}
