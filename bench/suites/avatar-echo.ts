import type { Page } from 'playwright';
import { echoedTurns } from '../../e2e/fakes/fake-daily-echo.ts';
import { fakeDailyRecord } from '../../e2e/fakes/fake-daily.ts';
import { openAvatarLab, speakInPage, tone } from '../../e2e/fakes/fake-daily-lab.ts';
import { round } from '../stats.ts';
import type { Figure } from '../types.ts';

// The avatar's echo path (issue 7): the app's real avatar session (from Vite's dev server) with
// the fake Daily, fed a 3-second reply in 40 ms pieces at real-time pace as Gemini streams it.
// The figures are the session's own stats(): Gemini chunk arrival → the echo message carrying
// its first sample sent, and messages per second during the reply.

const REPLY_SECONDS = 3;

interface EchoStats {
  addedLatencyMs: { median: number; p95: number; samples: number };
  messagesPerSecond: number;
  peakMessagesPerSecond: number;
  messagesSent: number;
  longestMessageChars: number;
}

export async function benchAvatarEcho(page: Page, devOrigin: string): Promise<{ figures: Figure[]; stats: EchoStats }> {
  // tsx wraps named functions in an `__name` helper; the fake Daily's page script has some.
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await openAvatarLab(page, devOrigin, {});
  const outcome = await page.evaluate(() => window.avatarLab.started);
  if (outcome !== 'live') throw new Error(`The avatar lab did not go live (${outcome}).`);
  await speakInPage(page, tone(REPLY_SECONDS), 40);
  for (let i = 0; i < 50 && !echoedTurns(await fakeDailyRecord(page))[0]?.done; i++) await page.waitForTimeout(100);
  const stats = (await page.evaluate(() => window.avatarLab.session.stats())) as EchoStats;
  await page.evaluate(() => window.avatarLab.session.stop());
  const latency = stats.addedLatencyMs;
  const figures: Figure[] = [
    {
      id: 'avatar-echo-latency',
      label: 'Avatar: Gemini chunk arrival → its echo message sent',
      unit: 'ms',
      median: round(latency.median),
      p95: round(latency.p95),
      samples: latency.samples,
    },
    {
      id: 'avatar-echo-rate',
      label: 'Avatar: echo messages per second during a reply (peak in the budget column)',
      unit: 'msg/s',
      median: round(stats.messagesPerSecond),
      budget: `peak ${stats.peakMessagesPerSecond}/s, limit ≈ 20`,
      withinBudget: stats.peakMessagesPerSecond <= 20,
      samples: 1,
    },
  ];
  return { figures, stats };
}
