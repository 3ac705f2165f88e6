import type { Page } from 'playwright';
import { mainThreadShare } from '../live/main-thread.ts';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';

// What recording costs during an interview, in Chromium with the looping spoken microphone: the
// room's real microphone capture and player run throughout (the player fed a voice-like 24 kHz
// signal in real time, as the interviewer's audio arrives), and the main thread's CPU is read in
// alternating windows without and with the app's recorder running (mix graph, MediaRecorder Opus,
// a chunk to IndexedDB every 2 s). The "without" windows are the baseline, from the same run.
// Also the bytes stored per minute of recording. `page` must be on the Vite dev server's origin.

const ROUNDS = 3;
const WINDOW_MS = 10_000;

// Plain JavaScript run as a module in the page, so the app's modules load as the app loads them.
const IN_PAGE = `
const { createMicSource } = await import('/src/services/audio/mic-source.ts');
const { createPcmPlayer } = await import('/src/services/audio/pcm-player.ts');
const { openMixGraph } = await import('/src/services/recording/mix-graph.ts');
const { createMediaRecorderEncoder } = await import('/src/services/recording/chunk-encoder.ts');
const { makeInterviewRecorder } = await import('/src/services/recording/interview-recorder.ts');
const { openStore } = await import('/src/services/storage/open-store.ts');
const opened = await openStore();
const mic = createMicSource();
const player = createPcmPlayer();
await player.resume();
await mic.start();
mic.onChunk(() => undefined);
let phase = 0;
// 40 ms of a 180 Hz tone whose loudness rises and falls like speech, every 40 ms.
setInterval(() => {
  const pcm = new Int16Array(960);
  for (let i = 0; i < pcm.length; i++, phase++) pcm[i] = Math.round(8000 * Math.sin(phase / 3) * (0.6 + 0.4 * Math.sin(phase / 9000)) * Math.sin((2 * Math.PI * 180 * phase) / 24000));
  player.enqueue(pcm);
}, 40);
let recorder, graph, id;
window.benchRecording = {
  ready: opened.kind,
  async start(run) {
    id = 'bench-recording-' + run;
    graph = openMixGraph(mic.stream(), player.output());
    recorder = makeInterviewRecorder({ interviewId: id, encoder: createMediaRecorderEncoder(graph.stream), store: opened.store, interviewClock: () => 0, now: () => performance.now(), wallClock: () => Date.now() });
    await recorder.start();
  },
  async stop() {
    await recorder.stop();
    graph.close();
    const info = await opened.store.getRecordingInfo(id);
    await opened.store.deleteInterview(id);
    return { bytes: info.bytes, durationMs: info.durationMs, state: info.state, status: recorder.status().status };
  },
};
`;

interface Stored {
  bytes: number;
  durationMs: number;
  state: string;
  status: string;
}

export async function benchRecording(page: Page): Promise<Figure[]> {
  await page.addScriptTag({ type: 'module', content: IN_PAGE });
  await page.waitForFunction(() => 'benchRecording' in window, undefined, { timeout: 20_000 });
  if (
    (await page.evaluate(() => (window as unknown as { benchRecording: { ready: string } }).benchRecording.ready)) !==
    'indexeddb'
  )
    throw new Error('IndexedDB did not open in the benchmark page.');
  const without: number[] = [];
  const withRecording: number[] = [];
  const perMinuteKb: number[] = [];
  for (let run = 0; run < ROUNDS; run++) {
    without.push((await mainThreadShare(page, WINDOW_MS)).cpuPercent);
    await page.evaluate(
      (r) => (window as unknown as { benchRecording: { start(r: number): Promise<void> } }).benchRecording.start(r),
      run,
    );
    withRecording.push((await mainThreadShare(page, WINDOW_MS)).cpuPercent);
    const stored = await page.evaluate(() =>
      (window as unknown as { benchRecording: { stop(): Promise<Stored> } }).benchRecording.stop(),
    );
    if (stored.state !== 'complete' || stored.bytes === 0)
      throw new Error(`The recording did not complete: ${JSON.stringify(stored)}`);
    perMinuteKb.push(stored.bytes / 1024 / (stored.durationMs / 60_000));
  }
  return [
    toFigure({
      id: 'recording-main-thread-cpu',
      label: 'Main-thread CPU during an interview while recording (baseline: the same page not recording)',
      unit: '%',
      values: withRecording,
      baseline: without,
    }),
    toFigure({
      id: 'recording-bytes-per-minute',
      label: 'Recording stored per minute (Opus 32 kbit/s in WebM, IndexedDB)',
      unit: 'KB',
      values: perMinuteKb,
    }),
  ];
}
