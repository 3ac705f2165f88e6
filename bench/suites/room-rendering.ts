import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import { toFigure } from '../figure.ts';
import { alternateRooms, waitForInterviewerLine } from '../live/alternate-rooms.ts';
import { type AudioStrategyName, startFromSetup } from '../live/room.ts';
import {
  type ComponentCounts,
  countComponentUpdates,
  ROOM_COMPONENTS,
  type RoomComponent,
} from '../rendering/component-updates.ts';
import { type RendererShare, rendererShare } from '../rendering/renderer-metrics.ts';
import type { MainThreadBreakdown } from '../rendering/trace-breakdown.ts';
import { traceFigures } from '../rendering/trace-figures.ts';
import { traceMainThread } from '../rendering/trace-window.ts';
import { LIVE_SCRIPT } from '../support/conversation-mic.ts';
import type { Figure } from '../types.ts';

// The interview room's steady-state rendering during a live conversation, per component, and the
// page's main-thread work beside it. Ours: the app's own entry (the Live session in a worker,
// audio through worklet ports, the room's store updated once per frame). Baseline: the bench's
// baseline build (bench/app/), whose Live session runs on the page as the public examples do.
// Rooms of both alternate, RUNS each, so a change in the machine's load hits both alike; no probe
// is installed, so only the app's own work is counted. The fake streams replies in real time
// (±30 ms jitter) while the looping microphone answers.

const RUNS = 3;
const WARM_UP_MS = 8000;
const WINDOW_MS = 15_000;
/** A Chromium trace after the untraced window, for the breakdown by kind and by source. */
const TRACE_MS = 8000;

interface RoomRun {
  share: RendererShare;
  counts: ComponentCounts;
  trace: MainThreadBreakdown;
}

async function oneRoom(browser: Browser, stack: Stack, strategy: AudioStrategyName): Promise<RoomRun> {
  stack.gemini.control.useInstantPace();
  const room = await startFromSetup(browser, stack.baseUrl, strategy, undefined, undefined, { probe: false });
  try {
    await waitForInterviewerLine(room.page);
    stack.gemini.control.setPace({ instant: false, speed: 1, jitterMs: 30, replyDelayMs: 0, chunkMs: 40 });
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
    const read = await countComponentUpdates(room.page);
    const share = await rendererShare(room.page, WINDOW_MS);
    const counts = await read();
    return { share, counts, trace: await traceMainThread(browser, room.page, TRACE_MS) };
  } finally {
    stack.gemini.control.useInstantPace();
    await room.close();
  }
}

const perSecond = (c: ComponentCounts, n: number): number => (n * 1000) / c.elapsedMs;

function figures(ours: RoomRun[], base: RoomRun[]): Figure[] {
  const of = (runs: RoomRun[], pick: (r: RoomRun) => number) => runs.map(pick);
  const pair = (pick: (r: RoomRun) => number) => ({ values: of(ours, pick), baseline: of(base, pick) });
  const components = (Object.keys(ROOM_COMPONENTS) as RoomComponent[]).map((name) =>
    toFigure({
      id: `room-frames-${name}`,
      label: `Room rendering: frames per second in which ${name} changed the DOM`,
      unit: 'count',
      ...pair((r) => perSecond(r.counts, r.counts.changedFrames[name] ?? 0)),
      noP95: true,
    }),
  );
  return [
    toFigure({
      id: 'room-main-thread-cpu',
      label: 'Room, main-thread CPU time during a paced live conversation (no probe)',
      unit: '%',
      ...pair((r) => r.share.cpuPercent),
      noP95: true,
    }),
    toFigure({
      id: 'room-script',
      label: 'Room, JavaScript time on the main thread, % of wall time',
      unit: '%',
      ...pair((r) => r.share.scriptMsPerS / 10),
      noP95: true,
    }),
    toFigure({
      id: 'room-layout',
      label: 'Room, layout and style time, % of wall time',
      unit: '%',
      ...pair((r) => r.share.layoutMsPerS / 10),
      noP95: true,
    }),
    toFigure({
      id: 'room-layouts',
      label: 'Room, layouts per second (forced ones included; ≤ frames per second means no thrash)',
      unit: 'count',
      ...pair((r) => r.share.layoutsPerS),
      noP95: true,
    }),
    toFigure({
      id: 'room-frames',
      label: 'Room, frames the main thread rendered per second (traced; the ceiling for the rows below)',
      unit: 'count',
      ...pair((r) => r.trace.framesPerS),
      noP95: true,
    }),
    ...components,
    ...traceFigures(
      ours.map((r) => r.trace),
      base.map((r) => r.trace),
    ),
  ];
}

/** The main thread's top sources in each traced room (the table has the kinds). */
function printSources(name: string, runs: readonly RoomRun[]): void {
  for (const { trace } of runs) {
    const top = trace.bySource
      .slice(0, 6)
      .map((s) => `${s.source} ${s.msPerS.toFixed(1)} ms/s (${s.tasksPerS.toFixed(0)}/s)`);
    console.log(`room-rendering ${name}, traced main thread by source: ${top.join('; ')}`);
  }
}

export async function benchRoomRendering(
  browser: Browser,
  stack: Stack,
): Promise<{ figures: Figure[]; details: { ours: RoomRun[]; baseline: RoomRun[] } }> {
  stack.gemini.control.setScript(LIVE_SCRIPT);
  const { ours, baseline } = await alternateRooms(RUNS, (strategy) => oneRoom(browser, stack, strategy));
  printSources('ours', ours);
  printSources('baseline', baseline);
  return { figures: figures(ours, baseline), details: { ours, baseline } };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { runAlone } = await import('../rendering/run-alone.ts');
  await runAlone(benchRoomRendering, 'room-rendering');
}
