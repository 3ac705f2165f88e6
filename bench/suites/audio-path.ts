import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import { toFigure } from '../figure.ts';
import { onsetAfter } from '../live/analysis.ts';
import { type AudioThreadsShare, audioThreadsShare } from '../live/audio-threads.ts';
import { utterancesInPageTime } from '../live/fake-side.ts';
import { type MainThreadShare, mainThreadShare } from '../live/main-thread.ts';
import { underrunsAtOutput } from '../live/output-underruns.ts';
import { alternateRooms, waitForInterviewerLine } from '../live/alternate-rooms.ts';
import { type AudioStrategyName, startFromSetup } from '../live/room.ts';
import { readProbe } from '../page/probe-script.ts';
import { LIVE_SCRIPT } from '../support/conversation-mic.ts';
import type { Figure } from '../types.ts';

// The audio path under a jittery network, measured the same way for both strategies. Ours: the
// app's entry (Live session in a worker, audio through worklet ports, the start wait learned from
// jitter). Baseline: the bench's baseline build (Live on the page, a source node per chunk after
// a 100 ms buffer). Rooms alternate, RUNS each; in each, after the greeting, the fake streams
// replies in real time with every 40 ms chunk up to ±30 ms off its slot while the looping
// microphone answers, and over WINDOW_MS:
// - first reply chunk sent by the fake → first sample rendered at the page's destination (the
//   probe's output tap), per reply: one clock (the fake's and the page's time origins, one
//   machine), so it holds wherever the socket lives, page or worker;
// - underruns, both sides by the output tap (zero runs inside a reply: live/output-underruns.ts);
// - the main thread's CPU (CDP ThreadTime) and the audio threads' CPU (/proc), same window.

const RUNS = 5;
const WINDOW_MS = 20_000;

interface PathRun {
  replyMs: number[];
  underruns: number;
  mainThread: MainThreadShare;
  audioThreads: AudioThreadsShare;
}

async function oneRoom(browser: Browser, stack: Stack, strategy: AudioStrategyName): Promise<PathRun> {
  stack.gemini.control.useInstantPace();
  const room = await startFromSetup(browser, stack.baseUrl, strategy);
  try {
    await waitForInterviewerLine(room.page);
    stack.gemini.control.setPace({ instant: false, speed: 1, jitterMs: 30, replyDelayMs: 0, chunkMs: 40 });
    const from = await room.page.evaluate(() => performance.now());
    const [mainThread, audioThreads] = await Promise.all([
      mainThreadShare(room.page, WINDOW_MS),
      audioThreadsShare(browser, WINDOW_MS),
    ]);
    const after = await readProbe(room.page);
    const utterances = utterancesInPageTime(stack.gemini.control.latestConversation(), after.timeOrigin);
    const replyMs = utterances
      .filter((u) => u.startedAt >= from)
      .flatMap((u) => {
        const onset = onsetAfter(after.records.onsets, u.startedAt);
        return onset ? [onset.renderedAt - u.startedAt] : [];
      });
    const to = await room.page.evaluate(() => performance.now());
    const starts = utterances.map((u) => u.startedAt);
    const underruns = underrunsAtOutput(after.records.outputGaps, starts, from, to).length;
    return { replyMs, underruns, mainThread, audioThreads };
  } finally {
    stack.gemini.control.useInstantPace();
    await room.close();
  }
}

function figures(ours: PathRun[], base: PathRun[]): Figure[] {
  const pair = (pick: (r: PathRun) => number[]) => ({ values: ours.flatMap(pick), baseline: base.flatMap(pick) });
  return [
    toFigure({
      id: 'audio-path-reply-rendered',
      label: 'Reply chunk sent by the server → rendered, real-time stream with ±30 ms jitter',
      unit: 'ms',
      ...pair((r) => r.replyMs),
    }),
    toFigure({
      id: 'audio-path-underruns',
      label: `Playback underruns per ${WINDOW_MS / 1000} s room, ±30 ms jitter (zero runs at the output tap)`,
      unit: 'count',
      ...pair((r) => [r.underruns]),
      noP95: true,
    }),
    toFigure({
      id: 'audio-path-main-thread',
      label: 'Main-thread CPU during the jittery conversation',
      unit: '%',
      ...pair((r) => [r.mainThread.cpuPercent]),
      noP95: true,
    }),
    toFigure({
      id: 'audio-path-audio-threads',
      label: "Audio threads' CPU (the renderer's threads that render Web Audio), same window",
      unit: '%',
      ...pair((r) => [r.audioThreads.cpuPercent]),
      noP95: true,
    }),
  ];
}

export async function benchAudioPath(
  browser: Browser,
  stack: Stack,
): Promise<{ figures: Figure[]; details: { ours: PathRun[]; baseline: PathRun[] } }> {
  stack.gemini.control.setScript(LIVE_SCRIPT);
  const { ours, baseline } = await alternateRooms(RUNS, (strategy) => oneRoom(browser, stack, strategy));
  return { figures: figures(ours, baseline), details: { ours, baseline } };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { runAlone } = await import('../rendering/run-alone.ts');
  await runAlone(benchAudioPath, 'audio-path');
}
