import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import { toFigure } from '../figure.ts';
import { measureStarts, type StartRuns } from '../live/start-runs.ts';
import { PACED_PHASE_MS, runStrategy, type StrategyRun } from '../live/strategy-run.ts';
import { playoutFigures, poolPlayout, type PooledPlayout } from '../live/playout-figures.ts';
import { LIVE_SCRIPT } from '../support/conversation-mic.ts';
import type { Figure } from '../types.ts';

// The live interview's audio figures, for Mockingbird's audio path and for the common-examples
// baseline (the bench's own build, bench/app/), in one browser with the looping spoken microphone.
// The strategies alternate run by run (ours, baseline, ours, …), RUNS_PER_STRATEGY rooms each, so a
// change in the shared machine's load falls on both alike; each figure pools its strategy's runs.

const RUNS_PER_STRATEGY = 5;

/** One strategy's runs as one: samples pooled, main-thread shares one per run, underruns summed. */
interface Pooled {
  capture: { oldest: number[]; newest: number[]; heldBack: number[] };
  captureToServer: number[];
  reply: { audible: number[]; rendered: number[] };
  pacedReply: { audible: number[]; rendered: number[] };
  speechEnd: number[];
  playout: PooledPlayout;
  cpuPercent: number[];
  busyPercent: number[];
  lostListeningMs: number[];
}

function pool(runs: readonly StrategyRun[]): Pooled {
  const all = <T>(pick: (r: StrategyRun) => readonly T[]): T[] => runs.flatMap((r) => [...pick(r)]);
  return {
    capture: {
      oldest: all((r) => r.capture.oldest),
      newest: all((r) => r.capture.newest),
      heldBack: all((r) => r.capture.heldBack),
    },
    captureToServer: all((r) => r.captureToServer),
    reply: { audible: all((r) => r.reply.audible), rendered: all((r) => r.reply.rendered) },
    pacedReply: { audible: all((r) => r.pacedReply.audible), rendered: all((r) => r.pacedReply.rendered) },
    speechEnd: all((r) => r.speechEnd),
    playout: poolPlayout(runs),
    cpuPercent: runs.map((r) => r.mainThread.cpuPercent),
    busyPercent: runs.map((r) => r.mainThread.busyPercent),
    lostListeningMs: all((r) => r.lostListeningMs),
  };
}

function liveFigures(ours: Pooled, base: Pooled, starts: { ours: StartRuns; base: StartRuns }): Figure[] {
  const paced = `real-time stream with ±30 ms jitter, ${RUNS_PER_STRATEGY} × ${PACED_PHASE_MS / 1000} s`;
  return [
    toFigure({
      id: 'capture-to-wire',
      label: 'Capture → WebSocket send, oldest sample of each chunk (sent as captured)',
      unit: 'ms',
      values: ours.capture.oldest,
      baseline: base.capture.oldest,
      budget: { on: 'p95', max: 25, text: 'p95 ≤ 25 ms' },
    }),
    toFigure({
      id: 'capture-to-wire-newest',
      label: 'Capture → WebSocket send, newest sample of each chunk',
      unit: 'ms',
      values: ours.capture.newest,
      baseline: base.capture.newest,
    }),
    toFigure({
      id: 'capture-held-back',
      label: 'Capture → send of chunks held back until the answer opened (pre-roll), newest sample',
      unit: 'ms',
      values: ours.capture.heldBack,
      baseline: base.capture.heldBack,
    }),
    toFigure({
      id: 'capture-to-server',
      label: 'Capture → read by the fake server, newest sample (cross-check)',
      unit: 'ms',
      values: ours.captureToServer,
      baseline: base.captureToServer,
    }),
    toFigure({
      id: 'reply-to-audible',
      label: 'First reply byte → audible (at the speakers), whole reply at once',
      unit: 'ms',
      values: ours.reply.audible,
      baseline: base.reply.audible,
      budget: { on: 'median', max: 40, text: '≤ 40 ms' },
    }),
    toFigure({
      id: 'reply-to-rendered',
      label: 'First reply byte → rendered by the audio graph (no device latency), whole reply at once',
      unit: 'ms',
      values: ours.reply.rendered,
      baseline: base.reply.rendered,
    }),
    toFigure({
      id: 'reply-to-audible-paced',
      label: `First reply byte → audible (at the speakers), ${paced}`,
      unit: 'ms',
      values: ours.pacedReply.audible,
      baseline: base.pacedReply.audible,
      budget: { on: 'median', max: 40, text: '≤ 40 ms' },
    }),
    toFigure({
      id: 'reply-to-rendered-paced',
      label: `First reply byte → rendered (no device latency), ${paced}`,
      unit: 'ms',
      values: ours.pacedReply.rendered,
      baseline: base.pacedReply.rendered,
    }),
    ...playoutFigures(ours.playout, base.playout, paced),
    toFigure({
      id: 'speech-end-to-audio',
      label: 'End of turn → first interviewer audio, client share (from activityEnd, or speech end + Patience silence)',
      unit: 'ms',
      values: ours.speechEnd,
      baseline: base.speechEnd,
      budget: { on: 'median', max: 120, text: '≤ 120 ms' },
    }),
    toFigure({
      id: 'start-to-audio',
      label: 'Start click → first interviewer audio (model time excluded)',
      unit: 'ms',
      values: starts.ours.times,
      baseline: starts.base.times,
      budget: { on: 'median', max: 500, text: '≤ 500 ms' },
    }),
    toFigure({
      id: 'main-thread-cpu',
      label: `Main-thread CPU time during a live conversation, median of the runs, ${paced}`,
      unit: '%',
      values: ours.cpuPercent,
      baseline: base.cpuPercent,
      budget: { on: 'median', max: 4, text: '≤ 4 % (target 3 %)' },
      noP95: true,
    }),
    toFigure({
      id: 'main-thread-busy',
      label: 'Main-thread busy wall time, same windows (grows on a loaded machine)',
      unit: '%',
      values: ours.busyPercent,
      baseline: base.busyPercent,
      noP95: true,
    }),
    toFigure({
      id: 'goaway-gap',
      label: 'Lost listening per goAway reconnect',
      unit: 'ms',
      values: ours.lostListeningMs,
      budget: { on: 'p95', max: 300, text: '≤ 300 ms' },
    }),
  ];
}

export interface LiveAudioDetails {
  runs: StrategyRun[];
  starts: Record<string, StartRuns>;
}

export async function benchLiveAudio(
  browser: Browser,
  stack: Stack,
): Promise<{ figures: Figure[]; details: LiveAudioDetails }> {
  stack.gemini.control.setScript(LIVE_SCRIPT);
  const starts = await measureStarts(browser, stack, ['mockingbird', 'baseline']);
  const runs: StrategyRun[] = [];
  for (let i = 0; i < RUNS_PER_STRATEGY; i++) {
    // goAways once (ours only: the baseline's figure has no row), after the first run's paced phase.
    runs.push(await runStrategy(browser, stack, 'mockingbird', i === 0));
    runs.push(await runStrategy(browser, stack, 'baseline', false));
  }
  const none: StartRuns = { times: [], stages: [] };
  const figures = liveFigures(
    pool(runs.filter((r) => r.strategy === 'mockingbird')),
    pool(runs.filter((r) => r.strategy === 'baseline')),
    {
      ours: starts.get('mockingbird') ?? none,
      base: starts.get('baseline') ?? none,
    },
  );
  return { figures, details: { runs, starts: Object.fromEntries(starts) } };
}

// Runnable alone (`npx tsx bench/suites/live-audio.ts`), with the same stack as `npm run bench`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { runAlone } = await import('../rendering/run-alone.ts');
  await runAlone(benchLiveAudio, 'live-audio');
}
