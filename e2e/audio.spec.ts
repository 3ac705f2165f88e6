// The real audio modules (worklets included) in real Chromium with a spoken fake microphone,
// served by Vite's dev server exactly as the app loads them.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from 'playwright/test';
import { chromiumLaunchOptions } from './support/chromium.ts';
import { feedPlayer, openLab, refuseMicAt16kHz, startLab, type LabChunk } from './audio/lab.ts';
import { bestAlignment, envelope, makeSpeechWav, readWav } from './audio/speech-wav.ts';
import { startViteDevServer, type DevServer } from './audio/vite-dev.ts';

const SPEECH = makeSpeechWav(
  join(tmpdir(), 'mockingbird-e2e'),
  'audio-spec-answer',
  'I led the billing migration in six weeks, and we shipped it without any downtime.',
);
const speech = readWav(SPEECH);
const speechSeconds = speech.samples.length / speech.rate;

test.use({ launchOptions: chromiumLaunchOptions(SPEECH) });

let dev: DevServer;
test.beforeAll(async () => {
  dev = await startViteDevServer();
});
test.afterAll(async () => {
  await dev.close();
});

async function chunks(page: Page): Promise<LabChunk[]> {
  return page.evaluate(() => window.lab.chunks);
}

test.describe('microphone capture', () => {
  for (const path of ['a 16 kHz context', 'the worklet resampler, as in Firefox'] as const) {
    test(`delivers 10 ms chunks of 16 kHz PCM16 whose loudness follows the spoken answer, through ${path}`, async ({
      page,
    }) => {
      const resampling = path !== 'a 16 kHz context';
      if (resampling) await refuseMicAt16kHz(page);
      await openLab(page, dev.origin, 'mockingbird');
      await startLab(page);
      await page.waitForTimeout(speechSeconds * 1000 + 300);
      const got = await chunks(page);
      if (resampling) {
        const rates = await page.evaluate(() => (window as unknown as { micContextRates: number[] }).micContextRates);
        expect(rates[0]).toBe(16000);
        expect(rates.at(-1)).not.toBe(16000);
      }

      expect(got.length).toBeGreaterThan(200);
      expect(new Set(got.map((c) => c.samples))).toEqual(new Set([160]));
      // 160 samples every 10 ms of capture time is 16 kHz.
      const first = got[0];
      const last = got.at(-1);
      if (!first || !last) throw new Error('no chunks');
      const msPerChunk = (last.capturedAt - first.capturedAt) / (got.length - 1);
      expect(msPerChunk).toBeGreaterThan(9.8);
      expect(msPerChunk).toBeLessThan(10.2);
      // How fast chunks reach the main thread is a latency: `npm run bench` measures it, not this test.

      const reference = envelope(speech.samples, speech.rate / 100);
      const alignment = bestAlignment(
        reference,
        got.map((c) => c.rms),
        200,
      );
      expect(alignment.r).toBeGreaterThan(0.8);
    });
  }

  test('stops delivering chunks while muted but keeps reporting the level', async ({ page }) => {
    await openLab(page, dev.origin, 'mockingbird');
    await startLab(page);
    await expect.poll(() => page.evaluate(() => window.lab.mic.level()), { timeout: 5000 }).toBeGreaterThan(0.02);
    const muted = await page.evaluate(async () => {
      window.lab.mic.setMuted(true);
      await new Promise((r) => setTimeout(r, 60));
      const before = window.lab.chunks.length;
      const levels: number[] = [];
      for (let i = 0; i < 25; i++) {
        levels.push(window.lab.mic.level());
        await new Promise((r) => setTimeout(r, 20));
      }
      const during = window.lab.chunks.length - before;
      window.lab.mic.setMuted(false);
      await new Promise((r) => setTimeout(r, 200));
      return { during, maxLevel: Math.max(...levels), after: window.lab.chunks.length - before - during };
    });
    expect(muted.during).toBe(0);
    expect(muted.maxLevel).toBeGreaterThan(0.01);
    expect(muted.after).toBeGreaterThan(5);
  });

  test('turns a missing device into a not-found error with a sentence', async ({ page }) => {
    await openLab(page, dev.origin, 'mockingbird');
    const failure = await page.evaluate(() =>
      window.lab.mic.start({ deviceId: 'no-such-microphone' }).then(
        () => undefined,
        (error: { reason?: unknown; message?: unknown }) => ({ reason: error.reason, message: error.message }),
      ),
    );
    expect(failure?.reason).toBe('not-found');
    expect(failure?.message).toMatch(/No microphone was found\..*try again\./);
  });
});

test.describe('PCM playback', () => {
  // The player's context runs at the device's rate (the worklet resamples 24 kHz itself); a
  // context refused at 24 kHz, as some browsers do, makes no difference to it any more.
  for (const path of ['the worklet resampler at the device rate'] as const) {
    test(`plays steadily fed audio gap-free with no underruns, its level rising while it plays, through ${path}`, async ({
      page,
    }) => {
      await openLab(page, dev.origin, 'mockingbird');
      await startLab(page);
      const rate = await page.evaluate(() => window.lab.playerRate());
      const deviceRate = await page.evaluate(async () => {
        const probe = new AudioContext();
        const r = probe.sampleRate;
        await probe.close();
        return r;
      });
      expect(rate).toBe(deviceRate);
      const feed = await feedPlayer(page, 2, 40);
      // The meter falls with a 150 ms release, like a VU meter.
      await page.waitForTimeout(800);
      const result = await page.evaluate(() => ({
        stats: window.lab.player.stats(),
        playing: window.lab.playing.map((p) => p.playing),
        quanta: window.lab.quanta,
        levelAfter: window.lab.player.level(),
      }));
      // On a machine too busy to run the page's feeding timer, the feeder itself can fall behind
      // everything queued; the player may run dry only then, and each time must count it. Each
      // silent gap must begin during such a stall (player-context time, with 100 ms of slack for
      // the audio still in hand and the render thread running ahead), not merely somewhere in
      // the same run.
      expect(result.stats.underruns, JSON.stringify(feed.stallSpans)).toBeLessThanOrEqual(feed.feederStalls);
      expect(Math.max(...feed.levels)).toBeGreaterThan(0.1);
      expect(result.levelAfter).toBeLessThan(0.01);

      const sounding = result.quanta.map((q) => q.peak > 1e-3);
      const from = sounding.indexOf(true);
      const to = sounding.lastIndexOf(true);
      const gapStarts = sounding.flatMap((s, i) =>
        i > from && i <= to && !s && sounding[i - 1] === true ? [result.quanta[i]?.time ?? 0] : [],
      );
      const gaps = gapStarts.length;
      expect(gaps).toBe(result.stats.underruns);
      const unexcused = gapStarts.filter((at) => !feed.stallSpans.some(([a, b]) => at >= a && at <= b + 0.1));
      expect(unexcused, JSON.stringify({ gapStarts, spans: feed.stallSpans })).toEqual([]);
      expect(result.playing).toEqual(Array.from({ length: gaps + 1 }, () => [true, false]).flat());
      // Streamed audio is played a little longer while the player builds its lead (its time
      // stretch, which it reports); nothing else may lengthen or shorten it.
      const audibleSeconds = (result.quanta[to]?.time ?? 0) - (result.quanta[from]?.time ?? 0);
      const stretchedSeconds = (result.stats.stretchedSamples ?? 0) / 24000;
      if (gaps === 0) expect(Math.abs(audibleSeconds - 2 - stretchedSeconds)).toBeLessThan(0.03);
    });
  }

  test('fades out within a few ms of a flush', async ({ page }) => {
    await openLab(page, dev.origin, 'mockingbird');
    await startLab(page);
    const result = await page.evaluate(async () => {
      const pcm = new Int16Array(48000).map((_, i) => Math.round(9000 * Math.sin((2 * Math.PI * 330 * i) / 24000)));
      window.lab.player.enqueue(pcm);
      await new Promise((r) => setTimeout(r, 500));
      const flushedAt = window.lab.playerTime();
      window.lab.player.flush();
      await new Promise((r) => setTimeout(r, 300));
      return { flushedAt, quanta: window.lab.quanta, stats: window.lab.player.stats() };
    });
    const loud = result.quanta.filter((q) => q.peak > 1e-3);
    const lastSound = loud.at(-1)?.time ?? 0;
    // The fade itself is 5 ms (unit-tested in ring-buffer.test.ts). Here the bound only proves the
    // flush reached the audio thread and silenced it, instead of the 1.5 s still queued playing on;
    // it is wide because the flush message crosses threads on a shared, busy machine.
    expect(lastSound - result.flushedAt).toBeLessThan(0.25);
    expect(result.stats.bufferedSamples).toBe(0);
    // The fade never exceeds what was playing: no click on the way down.
    const peakBefore = Math.max(...loud.filter((q) => q.time < result.flushedAt).map((q) => q.peak));
    expect(Math.max(...loud.map((q) => q.peak))).toBeLessThanOrEqual(peakBefore + 1e-6);
  });
});

test.describe('benchmark baseline strategy', () => {
  test('captures 128 ms chunks of 2048 samples', async ({ page }) => {
    await openLab(page, dev.origin, 'baseline');
    await startLab(page);
    await page.waitForTimeout(1500);
    const got = await chunks(page);
    expect(got.length).toBeGreaterThan(5);
    expect(new Set(got.map((c) => c.samples))).toEqual(new Set([2048]));
    const first = got[0];
    const last = got.at(-1);
    if (!first || !last) throw new Error('no chunks');
    expect((last.capturedAt - first.capturedAt) / (got.length - 1)).toBeCloseTo(128, -1);
  });

  test('plays queued chunks one source node at a time', async ({ page }) => {
    await openLab(page, dev.origin, 'baseline');
    await startLab(page);
    const feed = await feedPlayer(page, 1, 40);
    await page.waitForTimeout(400);
    const playing = await page.evaluate(() => window.lab.playing.map((p) => p.playing));
    expect(playing[0]).toBe(true);
    expect(playing.at(-1)).toBe(false);
    expect(Math.max(...feed.levels)).toBeGreaterThan(0.05);
  });
});
