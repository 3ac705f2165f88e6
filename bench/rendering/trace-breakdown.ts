// The page's main thread over a Chromium trace window, broken down two ways:
// - by kind (script, GC, style, layout, paint, composite, frame, other): each event's self time,
//   so a Layout inside a script's forced layout counts as layout, not script;
// - by source: each top-level task's whole time, named after what started it (an animation frame,
//   a message event, a timer, …), so "who keeps the thread busy" has one answer per task.
// Both in ms of thread time per second of the window where Chromium gives thread time (`tdur`),
// else wall time; `cpuMsPerS` is the top-level tasks' thread time, the figure ThreadTime also counts.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export type WorkKind = 'script' | 'gc' | 'style' | 'layout' | 'paint' | 'composite' | 'frame' | 'other';

export interface MainThreadBreakdown {
  windowMs: number;
  cpuMsPerS: number;
  /** Rendering frames the main thread produced per second (tasks with frame work in them). */
  framesPerS: number;
  byKind: Record<WorkKind, number>;
  bySource: { source: string; msPerS: number; tasksPerS: number }[];
}

const KIND_BY_NAME: Record<string, WorkKind> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireIdleCallback: 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'composite',
  CompositeLayers: 'composite',
  Commit: 'composite',
  'ProxyMain::BeginMainFrame::commit': 'composite',
  Animation: 'frame',
  BeginMainThreadFrame: 'frame',
  'ProxyMain::BeginMainFrame': 'frame',
  'LocalFrameView::RunPostLifecycleSteps': 'frame',
  ScheduleStyleRecalculation: 'style',
};

export function kindOf(name: string): WorkKind {
  const known = KIND_BY_NAME[name];
  if (known) return known;
  if (/^(V8\.GC|BlinkGC|CppGC|ThreadState::|V8\.Minor|V8\.Major)/u.test(name)) return 'gc';
  if (/^(v8\.|V8\.)/u.test(name)) return 'script';
  return 'other';
}

/** Events only a rendering frame has: a task holding one is a frame, whatever scripts ran in it. */
const FRAME_WORK = new Set(['FireAnimationFrame', 'PrePaint', 'Commit', 'Layerize', 'BeginMainThreadFrame']);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What started a top-level task, from the first telling event inside it. */
function sourceOf(children: readonly TraceEvent[]): string {
  for (const e of children) {
    const data = e.args?.data ?? {};
    if (FRAME_WORK.has(e.name)) return 'animation frame (rendering)';
    if (e.name === 'EventDispatch') return `event: ${text(data.type)}`;
    if (e.name === 'TimerFire') return 'timer';
    if (e.name === 'FireIdleCallback') return 'idle callback';
    if (e.name === 'FunctionCall') return `function: ${text(data.functionName) || '(anonymous)'}`;
    if (kindOf(e.name) === 'gc') return 'GC';
  }
  return children[0] ? `other: ${children[0].name}` : 'other: empty task';
}

const isTopLevelTask = (e: TraceEvent): boolean => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';

const cost = (e: TraceEvent): number => e.tdur ?? e.dur ?? 0;

/** Complete events of one thread inside [from, to] (µs), ordered so parents come before their children. */
export function threadEvents(events: readonly TraceEvent[], pid: number, tid: number, from: number, to: number) {
  return events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= from && e.ts + (e.dur ?? 0) <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

type KindTotals = Record<WorkKind, number>;

const noKinds = (): KindTotals => ({
  script: 0,
  gc: 0,
  style: 0,
  layout: 0,
  paint: 0,
  composite: 0,
  frame: 0,
  other: 0,
});

/**
 * Adds one task's self times per kind (each event's cost less its direct children's). The task's
 * own events count as frame overhead in a rendering frame, else as "other" (posting, decoding a
 * message, the scheduler).
 */
function addSelfTimes(into: KindTotals, task: readonly TraceEvent[], taskKind: WorkKind): void {
  const stack: { end: number; kind: WorkKind; self: number }[] = [];
  const pop = () => {
    const done = stack.pop();
    if (done) into[done.kind] += Math.max(0, done.self);
  };
  for (const e of task) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= e.ts) pop();
    const parent = stack.at(-1);
    if (parent) parent.self -= cost(e);
    stack.push({ end: e.ts + (e.dur ?? 0), kind: isTopLevelTask(e) ? taskKind : kindOf(e.name), self: cost(e) });
  }
  while (stack.length > 0) pop();
}

/** The outermost tasks, each with every event inside it (itself first). */
function tasksOf(ordered: readonly TraceEvent[]): TraceEvent[][] {
  const tasks: TraceEvent[][] = [];
  let current: TraceEvent[] | undefined;
  let end = -Infinity;
  for (const e of ordered) {
    if (current && e.ts < end) current.push(e);
    else if (isTopLevelTask(e)) {
      current = [e];
      end = e.ts + (e.dur ?? 0);
      tasks.push(current);
    } else current = undefined;
  }
  return tasks;
}

export function breakdown(ordered: readonly TraceEvent[], windowMs: number): MainThreadBreakdown {
  const seconds = windowMs / 1000;
  const kinds = noKinds();
  const totals = new Map<string, { us: number; tasks: number }>();
  let cpuUs = 0;
  for (const task of tasksOf(ordered)) {
    const [outer, ...inside] = task;
    if (!outer) continue;
    const source = sourceOf(inside.filter((e) => !isTopLevelTask(e)));
    addSelfTimes(kinds, task, source.startsWith('animation frame') ? 'frame' : 'other');
    const total = totals.get(source) ?? { us: 0, tasks: 0 };
    total.us += cost(outer);
    total.tasks++;
    totals.set(source, total);
    cpuUs += cost(outer);
  }
  const perS = (us: number) => us / 1000 / seconds;
  const frames = [...totals].filter(([source]) => source.startsWith('animation frame'));
  return {
    windowMs,
    cpuMsPerS: perS(cpuUs),
    framesPerS: frames.reduce((n, [, t]) => n + t.tasks, 0) / seconds,
    byKind: Object.fromEntries(Object.entries(kinds).map(([k, us]) => [k, perS(us)])) as KindTotals,
    bySource: [...totals]
      .map(([source, t]) => ({ source, msPerS: perS(t.us), tasksPerS: t.tasks / seconds }))
      .sort((a, b) => b.msPerS - a.msPerS),
  };
}
