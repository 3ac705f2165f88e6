import { expect, test } from './fixtures.ts';

// The spoken fake microphone the interview specs rely on. `micSpeech` is a worker option, so
// Playwright requires it at the top level of a spec file.

test.use({ micSpeech: { text: 'Hello, I am ready for the interview.', padBeforeSeconds: 0.5 } });

test('Chromium hears the speech fixture through getUserMedia', async ({ page, micFixture }) => {
  expect(micFixture?.path).toMatch(/\.wav$/);
  await page.goto('/');
  const levels = await page.evaluate(async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    ctx.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const seen: number[] = [];
    for (let i = 0; i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      analyser.getFloatTimeDomainData(samples);
      seen.push(Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length));
    }
    stream.getTracks().forEach((t) => t.stop());
    await ctx.close();
    return seen;
  });
  // Speech after the padding, then silence once the file has played (%noloop).
  expect(Math.max(...levels)).toBeGreaterThan(0.02);
  expect(levels.at(-1)).toBeLessThan(0.005);
});
