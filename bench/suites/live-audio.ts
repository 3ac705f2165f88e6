import type { Browser } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import { toFigure } from '../figure.ts';
import { measureStarts, type StartRuns } from '../live/start-runs.ts';
import { runStrategy, type StrategyRun } from '../live/strategy-run.ts';
import { LIVE_SCRIPT } from '../support/conversation-mic.ts';
import type { Figure } from '../types.ts';

// The live interview's audio figures, for Mockingbird's audio path and for the common-examples
// baseline (the bench's own build, bench/app/), in one browser with the looping spoken microphone.

function liveFigures(ours: StrategyRun, base: StrategyRun, starts: { ours: StartRuns; base: StartRuns }): Figure[] {
  return [
    toFigure({
      id: 'capture-to-wire',
      label: 'Capture → WebSocket send, oldest sample of each chunk',
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
      label: 'First reply byte → audible (at the speakers), real-time stream with ±30 ms jitter',
      unit: 'ms',
      values: ours.pacedReply.audible,
      baseline: base.pacedReply.audible,
      budget: { on: 'median', max: 40, text: '≤ 40 ms' },
    }),
    toFigure({
      id: 'reply-to-rendered-paced',
      label: 'First reply byte → rendered (no device latency), real-time stream with ±30 ms jitter',
      unit: 'ms',
      values: ours.pacedReply.rendered,
      baseline: base.pacedReply.rendered,
    }),
    toFigure({
      id: 'underruns-jitter',
      label: 'Playback underruns, real-time stream with ±30 ms jitter, 30 s',
      unit: 'count',
      values: [ours.underruns],
      baseline: [base.underruns],
      budget: { on: 'median', max: 0, text: '0' },
      noP95: true,
    }),
    toFigure({
      id: 'speech-end-to-audio',
      label: 'End of speech → first interviewer audio, client share (beyond the Patience silence)',
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
      label: 'Main-thread CPU time during a live conversation (30 s)',
      unit: '%',
      values: [ours.mainThread.cpuPercent],
      baseline: [base.mainThread.cpuPercent],
      budget: { on: 'median', max: 4, text: '≤ 4 % (target 3 %)' },
      noP95: true,
    }),
    toFigure({
      id: 'main-thread-busy',
      label: 'Main-thread busy wall time, same 30 s (grows on a loaded machine)',
      unit: '%',
      values: [ours.mainThread.busyPercent],
      baseline: [base.mainThread.busyPercent],
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
  const ours = await runStrategy(browser, stack, 'mockingbird', true);
  const base = await runStrategy(browser, stack, 'baseline', false);
  const none: StartRuns = { times: [], stages: [] };
  const figures = liveFigures(ours, base, {
    ours: starts.get('mockingbird') ?? none,
    base: starts.get('baseline') ?? none,
  });
  return { figures, details: { runs: [ours, base], starts: Object.fromEntries(starts) } };
}
