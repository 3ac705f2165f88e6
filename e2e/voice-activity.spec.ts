import { envelope, readWav } from './audio/speech-wav.ts';
import { SETUP } from './report-history/interview-run.ts';
import { detectorEvents, detectorLog, logDetector } from './support/detector-log.ts';
import { expect, test } from './support/fixtures.ts';
import { openRoomWith } from './support/open-room.ts';

// The voice-activity detector in the built app, in real Chromium, with a spoken fake
// microphone: the room's worker loads Silero from our own origin (under the server's CSP) and
// reports speech where the fixture speaks. The worker's messages are read by a listener added
// beside the app's own (support/detector-log.ts). Chromium plays the fixture once from the
// start of capture, so stream times are positions in the file; the silence before the answer
// leaves the model time to load (the room loads it once the greeting has played, so loading
// never slows the start: worker-detector.ts).

const TEXT = 'I led the billing migration in six weeks and we shipped it without any downtime.';
test.use({ micSpeech: { text: TEXT, padBeforeSeconds: 14, padAfterSeconds: 2 } });

/** Where the fixture speaks (first and last 10 ms frame above -40 dBFS), and its length, in ms. */
function spokenSpan(path: string): { startMs: number; endMs: number } {
  const wav = readWav(path);
  const frames = envelope(wav.samples, wav.rate / 100);
  const loud = frames.flatMap((rms, i) => (rms > 0.01 ? [i] : []));
  return { startMs: (loud[0] ?? 0) * 10, endMs: ((loud.at(-1) ?? 0) + 1) * 10 };
}

test('the detector loads Silero from our origin and reports speech where the microphone speaks', async ({
  page,
  stack,
  micFixture,
}) => {
  test.setTimeout(120_000);
  if (!micFixture) throw new Error('no speech fixture');
  const span = spokenSpan(micFixture.path);
  const modelFiles: string[] = [];
  page.on('request', (request) => {
    if (/\.(onnx|wasm)(\?|$)/.test(request.url())) modelFiles.push(request.url());
  });
  await logDetector(page);

  // The microphone open: openRoom now opens typed mode for specs that type their answers.
  await openRoomWith(page, 'voice-activity-check', SETUP);
  const heard = () => detectorEvents(page);
  await expect
    .poll(async () => (await heard()).filter((e) => e.type === 'speech-end').length, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(1);
  const events = await heard();
  const model = (await detectorLog(page)).find((m) => m.type === 'model');
  expect(model?.status).toBe('loaded');
  // Silero took over before the candidate spoke, and heard the whole answer as one stretch.
  expect(events.map((e) => e.type)).toEqual(['detector', 'speech-start', 'speech-end']);
  expect(events[0]?.kind).toBe('silero');
  // Chromium starts the file when the microphone opens, a little before the capture graph's
  // first frame, so the answer starts at most at its place in the file, and lasts as long. While
  // the interviewer's greeting still plays, the echo guard dates a start up to its 300 ms minimum
  // late, so the start may be that much later and the stretch that much shorter.
  const [start, end] = [events[1]?.streamMs ?? Number.NaN, events[2]?.streamMs ?? Number.NaN];
  const spoken = span.endMs - span.startMs;
  expect(start).toBeLessThan(span.startMs + 600);
  expect(start).toBeGreaterThan(span.startMs - 2000);
  expect(end - start).toBeGreaterThan(spoken - 600);
  expect(end - start).toBeLessThan(spoken + 300);

  expect(modelFiles.some((url) => url.endsWith('.onnx'))).toBe(true);
  expect(modelFiles.some((url) => url.endsWith('.wasm'))).toBe(true);
  expect(modelFiles.every((url) => url.startsWith(stack.baseUrl))).toBe(true);
});
