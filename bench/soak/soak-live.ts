import type { Browser, Page } from 'playwright';
import type { Stack } from '../../e2e/support/stack.ts';
import { receivedByToken } from '../live/fake-side.ts';
import { lostListeningTotal } from '../live/reconnect-gap.ts';
import { startFromSetup } from '../live/room.ts';
import { readProbe } from '../page/probe-script.ts';
import { type BrowserMemory, browserMemory } from './browser-memory.ts';
import { storedTurns } from './stored-turns.ts';
import { checkTranscript, type TranscriptCheck } from './transcript-check.ts';

// A long interview, time-compressed: the fake answers at once and the looping microphone answers
// every 4.5 s, so a few minutes hold as many turns as a 30-minute interview. Every connection gets
// a goAway 20 s after its setup, and the network drops at random every 25–50 s. At the end the
// microphone is muted, the last reply is let finish, and the transcript in IndexedDB is compared
// with what the fake said and heard.

const GO_AWAY_EVERY_MS = 20_000;
const DROP_EVERY_MS: readonly [number, number] = [25_000, 50_000];
const SETTLE_MS = 6000;
const SOAK_SCRIPT = {
  greeting: 'Hi.',
  questions: Array.from({ length: 400 }, (_, i) => `What happened next, part ${i + 1}?`),
};

export interface LiveSoak {
  minutes: number;
  reconnects: number;
  goAways: number;
  drops: number;
  lostListeningMs: number;
  transcript: TranscriptCheck;
  /** Interviewer lines cut by a barge-in (kept partly, by design). */
  interrupted: number;
  memoryStart: BrowserMemory;
  memoryEnd: BrowserMemory;
}

/** A repeatable sequence in [0, 1), so two soaks drop the network at the same moments. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function dropAtRandom(stack: Stack, untilMs: number): Promise<number> {
  const next = seeded(20_260_101);
  let drops = 0;
  for (;;) {
    const wait = DROP_EVERY_MS[0] + next() * (DROP_EVERY_MS[1] - DROP_EVERY_MS[0]);
    if (performance.now() + wait >= untilMs) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
    stack.gemini.control.drop();
    drops++;
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, untilMs - performance.now())));
  return drops;
}

async function finishListening(page: Page): Promise<number> {
  const mutedAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Mute microphone' }).click();
  await page.waitForTimeout(SETTLE_MS);
  return mutedAt;
}

export async function soakLive(browser: Browser, stack: Stack, minutes: number): Promise<LiveSoak> {
  const { control } = stack.gemini;
  control.setScript(SOAK_SCRIPT);
  control.useInstantPace();
  control.goAwayEvery(GO_AWAY_EVERY_MS);
  const room = await startFromSetup(browser, stack.baseUrl, 'mockingbird', 30);
  try {
    const interviewId = decodeURIComponent(new URL(room.page.url()).pathname.split('/').pop() ?? '');
    await room.page.waitForTimeout(5000);
    const memoryStart = await browserMemory(room.page);
    const drops = await dropAtRandom(stack, performance.now() + minutes * 60_000);
    control.goAwayEvery(undefined);
    const mutedAt = await finishListening(room.page);
    const memoryEnd = await browserMemory(room.page);
    const conv = control.latestConversation();
    const { records } = await readProbe(room.page);
    const said = conv.utterances.filter((u) => u.result === 'completed').map((u) => u.text);
    return {
      minutes,
      reconnects: records.sockets.length - 1,
      goAways: records.goAways.length,
      drops,
      lostListeningMs: lostListeningTotal(records, receivedByToken(control, conv), mutedAt),
      transcript: checkTranscript(said, conv.candidateLines, await storedTurns(room.page, interviewId)),
      interrupted: conv.utterances.filter((u) => u.result === 'cancelled').length,
      memoryStart,
      memoryEnd,
    };
  } finally {
    control.goAwayEvery(undefined);
    await room.close();
  }
}
