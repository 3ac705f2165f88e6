import type { Browser, Page } from 'playwright';
import type { Conversation } from '../../e2e/fakes/gemini/conversation.ts';
import type { Stack } from '../../e2e/support/stack.ts';
import { readProbe } from '../page/probe-script.ts';
import type { ProbeRecords } from '../page/probe-records.ts';
import {
  type CaptureLatencies,
  captureToWire,
  type ReplyLatencies,
  replyToAudible,
  speechEndToAudio,
} from './analysis.ts';
import { captureToServer, receivedByToken, requestedSilenceMs, utterancesInPageTime } from './fake-side.ts';
import { type MainThreadShare, mainThreadShare } from './main-thread.ts';
import { starvedMs, underrunsAtOutput } from './output-underruns.ts';
import { lostListeningPerGoAway } from './reconnect-gap.ts';
import { type AudioStrategyName, startFromSetup } from './room.ts';

// One run of one audio strategy through the real app, started from the setup screen: a steady
// conversation with the fake sending each reply whole at once, then the fake streaming in real
// time with ±30 ms jitter (reply → audible again, underruns at the output tap and main-thread
// time), then, if asked,
// goAways (lost listening). The live suite alternates the strategies run by run.

const INSTANT_PHASE_MS = 14_000;
export const PACED_PHASE_MS = 20_000;
const GO_AWAYS = 3;
const GO_AWAY_EVERY_MS = 3000;

export interface StrategyRun {
  strategy: AudioStrategyName;
  capture: CaptureLatencies;
  /** The cross-check: newest sample captured → the fake server read the chunk. */
  captureToServer: number[];
  /** Replies sent whole at once (the fake answering instantly). */
  reply: ReplyLatencies;
  /** Replies streamed in real time with ±30 ms jitter, as a live model sends them. */
  pacedReply: ReplyLatencies;
  speechEnd: number[];
  /** Underruns in the jittery phase, at the output tap (one instrument for both strategies). */
  underruns: number;
  /** The silence they left, ms. */
  starvedMs: number;
  /** The same phase by each player's own count (cross-check; the two players count differently). */
  ownUnderruns: number;
  /** The same phase, Chromium's count of device underruns (AudioContext.playbackStats) and their length in ms. */
  device: { underrunEvents: number; underrunMs: number };
  /** Our player's time stretch: samples inserted and played (24 kHz) in each phase, the highest rate in the room. */
  stretch: StretchShare;
  mainThread: MainThreadShare;
  lostListeningMs: number[];
  /** Counters that reveal a broken measurement (see bench/README.md). */
  checks: Record<string, number>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function underrunsOf(strategy: AudioStrategyName, r: ProbeRecords): number {
  return strategy === 'baseline' ? r.baselineUnderruns : r.playerUnderruns;
}

export interface StretchShare {
  whole: { inserted: number; played: number };
  paced: { inserted: number; played: number };
  maxRate: number;
}

interface PacedResult {
  underruns: number;
  starvedMs: number;
  ownUnderruns: number;
  device: { underrunEvents: number; underrunMs: number };
  stretch: { inserted: number; played: number };
  mainThread: MainThreadShare;
  /** Reply → audible for the replies that started inside the window, streamed in real time. */
  reply: ReplyLatencies;
}

/** The fake streams each reply in real time, every 40 ms chunk up to 30 ms early or late. */
async function pacedPhase(page: Page, stack: Stack, strategy: AudioStrategyName): Promise<PacedResult> {
  stack.gemini.control.setPace({ instant: false, speed: 1, jitterMs: 30, replyDelayMs: 0, chunkMs: 40 });
  const before = (await readProbe(page)).records;
  const from = await page.evaluate(() => performance.now());
  const mainThread = await mainThreadShare(page, PACED_PHASE_MS);
  const to = await page.evaluate(() => performance.now());
  stack.gemini.control.useInstantPace();
  const { records: after, timeOrigin } = await readProbe(page);
  const replyStarts = utterancesInPageTime(stack.gemini.control.latestConversation(), timeOrigin).map(
    (u) => u.startedAt,
  );
  const gaps = underrunsAtOutput(after.outputGaps, replyStarts, from, to);
  return {
    underruns: gaps.length,
    starvedMs: starvedMs(gaps),
    ownUnderruns: underrunsOf(strategy, after) - underrunsOf(strategy, before),
    device: {
      underrunEvents: after.device.underrunEvents - before.device.underrunEvents,
      underrunMs: after.device.underrunMs - before.device.underrunMs,
    },
    stretch: {
      inserted: after.playerStretch.inserted - before.playerStretch.inserted,
      played: after.playerStretch.played - before.playerStretch.played,
    },
    mainThread,
    reply: replyToAudible(after, from, to),
  };
}

async function goAwayPhase(page: Page, stack: Stack): Promise<number[]> {
  for (let i = 0; i < GO_AWAYS; i++) {
    stack.gemini.control.sendGoAway({ timeLeft: '5s', closeAfterMs: 5000 });
    await sleep(GO_AWAY_EVERY_MS);
  }
  const { records } = await readProbe(page);
  const end = await page.evaluate(() => performance.now());
  const conv = stack.gemini.control.latestConversation();
  return lostListeningPerGoAway(records, receivedByToken(stack.gemini.control, conv), end);
}

/** End of turn → audio; a setup the figure cannot read leaves it empty (said on stderr) rather than the run failing. */
function speechEndOf(
  strategy: AudioStrategyName,
  records: ProbeRecords,
  conv: Conversation,
  timeOrigin: number,
): number[] {
  try {
    return speechEndToAudio(records, utterancesInPageTime(conv, timeOrigin), requestedSilenceMs(conv));
  } catch (error) {
    console.error(`bench: end of turn → audio not measured for ${strategy}: ${(error as Error).message}`);
    return [];
  }
}

/** Counts that would expose a broken measurement: see bench/README.md. */
function checksOf(r: ProbeRecords): Record<string, number> {
  return {
    unmatchedSends: r.unmatchedSends,
    ambiguousSends: r.ambiguousSends,
    answersOpened: r.activityStarts.length,
    cappedCaptureTimes: r.cappedCaptureTimes,
    uninspectedMessages: r.uninspectedMessages,
    replies: r.replyStarts.length,
    onsets: r.onsets.length,
    sockets: r.sockets.length,
    chunksCaptured: r.captures.length,
    chunksSent: r.captures.filter((c) => c.sentAt >= 0).length,
  };
}

export async function runStrategy(
  browser: Browser,
  stack: Stack,
  strategy: AudioStrategyName,
  withGoAway: boolean,
): Promise<StrategyRun> {
  stack.gemini.control.useInstantPace();
  const room = await startFromSetup(browser, stack.baseUrl, strategy);
  try {
    await sleep(INSTANT_PHASE_MS);
    const { records, timeOrigin } = await readProbe(room.page);
    const conv = stack.gemini.control.latestConversation();
    const greetingHeard = records.onsets[0]?.renderedAt ?? 0;
    const paced = await pacedPhase(room.page, stack, strategy);
    const lostListeningMs = withGoAway ? await goAwayPhase(room.page, stack) : [];
    const end = await room.page.evaluate(() => performance.now());
    // The server's count first: then every chunk it counted was sent before the page's count.
    const chunksReceivedByServer = stack.gemini.control.latestConversation().received.length;
    const final = await readProbe(room.page);
    return {
      strategy,
      // Every chunk sent after the greeting, through both phases (the same path carries them).
      capture: captureToWire(final.records, greetingHeard, end),
      captureToServer: captureToServer(
        final.records,
        stack.gemini.control,
        conv,
        timeOrigin,
        greetingHeard,
        Number.POSITIVE_INFINITY,
      ),
      reply: replyToAudible(records, greetingHeard),
      pacedReply: paced.reply,
      speechEnd: speechEndOf(strategy, records, conv, timeOrigin),
      underruns: paced.underruns,
      starvedMs: paced.starvedMs,
      ownUnderruns: paced.ownUnderruns,
      device: paced.device,
      stretch: {
        whole: { inserted: records.playerStretch.inserted, played: records.playerStretch.played },
        paced: paced.stretch,
        maxRate: final.records.playerStretch.maxRate,
      },
      mainThread: paced.mainThread,
      lostListeningMs,
      checks: { ...checksOf(final.records), chunksReceivedByServer },
    };
  } finally {
    await room.close();
  }
}
