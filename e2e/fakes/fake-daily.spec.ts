// The fake Daily in real Chromium, driven by the app's real avatar session (served by Vite's dev
// server): proves the fake is a faithful stand-in before interview specs rely on it.
import { expect, test } from 'playwright/test';
import { startViteDevServer, type DevServer } from '../audio/vite-dev.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { echoedTurns, interruptsSent } from './fake-daily-echo.ts';
import { openAvatarLab, speakInPage, tone } from './fake-daily-lab.ts';
import { failFakeDaily, fakeDailyRecord } from './fake-daily.ts';

test.use({ launchOptions: chromiumLaunchOptions() });

let dev: DevServer;
test.beforeAll(async () => {
  dev = await startViteDevServer();
});
test.afterAll(async () => {
  await dev.close();
});

const started = (page: import('playwright/test').Page) => page.evaluate(() => window.avatarLab.started);
const eventNames = (page: import('playwright/test').Page) =>
  page.evaluate(() => window.avatarLab.events.map((e) => e.name));

test('the replica receives exactly the reply audio, within the cap, and speaks it', async ({ page }) => {
  await openAvatarLab(page, dev.origin, {});
  expect(await started(page)).toBe('live');
  await page.getByRole('button', { name: 'Start' }).click();
  const reply = tone(1.5);
  await speakInPage(page, reply, 40);
  await expect.poll(async () => echoedTurns(await fakeDailyRecord(page))[0]?.done, { timeout: 5000 }).toBe(true);

  const record = await fakeDailyRecord(page);
  expect(record.created).toEqual([
    {
      options: {
        audioSource: false,
        videoSource: false,
        startAudioOff: true,
        startVideoOff: true,
        dailyConfig: { avoidEval: true },
      },
    },
  ]);
  expect(record.tooLarge).toBe(0);
  expect(Math.max(...record.appMessages.map((m) => m.chars))).toBeLessThanOrEqual(4096);
  const [turn, ...others] = echoedTurns(record);
  expect(others).toHaveLength(0);
  expect(Array.from(turn?.pcm ?? [])).toEqual([...Array.from(reply), ...new Array<number>(960).fill(0)]);

  // The replica's voice track carries the tone while it plays, and the panel elements show it.
  await expect
    .poll(() => page.evaluate(() => Math.max(0, ...window.avatarLab.levels.map((l) => l.rms))), { timeout: 3000 })
    .toBeGreaterThan(0.1);
  const attached = await page.evaluate(() =>
    ['video', 'audio'].map((tag) => (document.querySelector(tag) as HTMLMediaElement).srcObject instanceof MediaStream),
  );
  expect(attached).toEqual([true, true]);
  await expect
    .poll(() => page.evaluate(() => window.avatarLab.events.filter((e) => e.name === 'speaking').map((e) => e.payload)))
    .toEqual([
      { speaking: true, source: 'tavus' },
      { speaking: false, source: 'tavus' },
    ]);

  // The figures the benchmark reads, for a reply arriving in 40 ms pieces at real-time pace.
  const stats = (await page.evaluate(() => window.avatarLab.session.stats())) as {
    peakMessagesPerSecond: number;
    addedLatencyMs: { p95: number };
  };
  await test
    .info()
    .attach('echo-stats.json', { body: JSON.stringify(stats, null, 2), contentType: 'application/json' });
  expect(stats.peakMessagesPerSecond).toBeLessThanOrEqual(18);
  expect(stats.addedLatencyMs.p95).toBeLessThan(100);

  await page.evaluate(() => window.avatarLab.session.stop());
  expect((await fakeDailyRecord(page)).calls.slice(-2)).toEqual(['leave', 'destroy']);
});

test('an interrupt silences the replica and the next turn gets a new inference id', async ({ page }) => {
  await openAvatarLab(page, dev.origin, {});
  expect(await started(page)).toBe('live');
  await speakInPage(page, tone(0.6), 40, false);
  await page.evaluate(() => window.avatarLab.session.interrupt());
  const interruptedAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(400);
  await speakInPage(page, tone(0.3, 500), 40);
  await expect
    .poll(async () => echoedTurns(await fakeDailyRecord(page)).map((t) => t.done), { timeout: 5000 })
    .toEqual([false, true]);
  const record = await fakeDailyRecord(page);
  const [first, second] = echoedTurns(record);
  expect(interruptsSent(record)).toBe(1);
  expect(first?.inferenceId).not.toBe(second?.inferenceId);
  expect(Array.from(second?.pcm ?? []).slice(0, 7200)).toEqual(Array.from(tone(0.3, 500)));
  // It was talking until the interrupt, then silent until the next turn's audio.
  const levels = (from: number, to: number) =>
    page.evaluate(({ a, b }) => window.avatarLab.levels.filter((l) => l.at > a && l.at < b).map((l) => l.rms), {
      a: from,
      b: to,
    });
  expect(Math.max(0, ...(await levels(interruptedAt - 200, interruptedAt)))).toBeGreaterThan(0.1);
  const gap = await levels(interruptedAt + 150, interruptedAt + 350);
  expect(gap.length).toBeGreaterThan(2);
  expect(Math.max(0, ...gap)).toBeLessThan(0.01);
});

test('no replica: start gives up and leaves; a second session can then start', async ({ page }) => {
  await openAvatarLab(page, dev.origin, { replica: 'never' }, { replicaTimeoutMs: 1500 });
  expect(await started(page)).toBe('no-replica');
  expect((await fakeDailyRecord(page)).calls).toEqual(['join', 'leave', 'destroy']);
  // Daily allows one call object at a time; after destroy() the next one may be made.
  await page.evaluate(() => (Reflect.get(globalThis, '__mockingbirdDailyFactory') as (o: object) => unknown)({}));
  expect((await fakeDailyRecord(page)).created).toHaveLength(2);
});

for (const fault of ['replica-left', 'error', 'left-meeting'] as const) {
  test(`a live avatar that breaks (${fault}) reports failed and leaves the room`, async ({ page }) => {
    await openAvatarLab(page, dev.origin, {});
    expect(await started(page)).toBe('live');
    await failFakeDaily(page, fault);
    await expect.poll(() => eventNames(page)).toContain('ended');
    const failed = await page.evaluate(() => window.avatarLab.events.find((e) => e.name === 'failed')?.payload);
    expect(failed).toMatchObject({
      message: "The video interviewer lost its connection, so we'll continue with voice only.",
    });
    expect((await fakeDailyRecord(page)).calls.slice(-2)).toEqual(['leave', 'destroy']);
  });
}
