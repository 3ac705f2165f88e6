import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Page, Worker } from 'playwright';
import { mergeWorkerRecords, pairSends } from '../live/worker-records.ts';
import type { ProbeRecords } from './probe-records.ts';

// Turns probe.ts into one init script for page.addInitScript (and probe-worker.ts into one for
// each worker the page starts), and reads their records back.

/**
 * The output tap, an AudioWorklet module (plain JavaScript: it is loaded from a blob URL). It
 * reports the frame of the first non-zero sample after at least 300 ms of silence (an onset), and
 * every run of exact zeros of MIN_ZERO_RUN_MS or more that sound ended (zero-runs.ts, whose source
 * it carries); a disconnected or inactive input counts as silence.
 */
function tapWorklet(): string {
  return `${transpiledPart('zero-runs.ts')}
registerProcessor('bench-output-tap', class extends AudioWorkletProcessor {
  constructor() {
    super();
    this.sounding = false;
    this.quiet = 0;
    this.zeros = new ZeroRuns(Math.round(sampleRate * MIN_ZERO_RUN_MS / 1000), (gapFrame, gapFrames) =>
      this.port.postMessage({ gapFrame, gapFrames }));
  }
  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    this.zeros.push(ch, 128, currentFrame);
    let first = -1;
    if (ch) for (let i = 0; i < ch.length; i++) if (ch[i] > 1e-6 || ch[i] < -1e-6) { first = i; break; }
    if (first >= 0) {
      if (!this.sounding) this.port.postMessage({ frame: currentFrame + first });
      this.sounding = true;
      this.quiet = 0;
    } else if (this.sounding) {
      this.quiet += ch ? ch.length : 128;
      if (this.quiet >= sampleRate * 0.3) this.sounding = false;
    }
    return true;
  }
});`;
}

/** The probe's parts; each may import only from the others (the imports are removed). */
const PAGE_PARTS = [
  '../../web/src/lib/pcm.ts',
  'probe-state.ts',
  'probe-fingerprint.ts',
  'probe-empty.ts',
  'probe-clock.ts',
  'probe-capture.ts',
  'probe-network.ts',
  'probe-output.ts',
  'probe.ts',
];
const WORKER_PARTS = [
  'probe-state.ts',
  'probe-fingerprint.ts',
  'probe-empty.ts',
  'probe-network.ts',
  'probe-frames.ts',
  'probe-worker.ts',
];

const cached = new Map<string, string>();

function transpiledPart(name: string): string {
  const source = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return outputText
    .replace(/^import .*;$/gm, '')
    .replace(/^export \{\};?$/gm, '')
    .replace(/^export /gm, '');
}

/** The parts in one scope, then `call` run at once. */
function script(parts: readonly string[], call: string): string {
  const key = `${parts.join()}|${call}`;
  const done = cached.get(key);
  if (done) return done;
  const body = parts.map(transpiledPart).join('\n');
  // tsx names functions with an `__name` helper; functions Playwright sends to the page may carry it.
  const shim = 'globalThis.__name ??= (target) => target;';
  const made = `${shim}\n(() => {\n${body}\n${call};\n})();`;
  cached.set(key, made);
  return made;
}

export const probeScript = (): string => script(PAGE_PARTS, `installProbe(${JSON.stringify(tapWorklet())})`);
const workerProbeScript = (): string => script(WORKER_PARTS, 'installWorkerProbe()');

/** The page's workers with the probe in them (the Live worker, the detector's, …), each once probed. */
const probedWorkers = new WeakMap<Page, Promise<Worker | undefined>[]>();

/**
 * The probe in the page before the app, and in every worker the page starts, as soon as it
 * starts. A worker's probe is in place before the worker's next task, not before its first
 * script: the Live worker opens its socket only when an interview connects, and the bench waits
 * for `liveWorkerProbed` before pressing Start.
 */
export async function installProbe(page: Page): Promise<void> {
  const workers: Promise<Worker | undefined>[] = [];
  probedWorkers.set(page, workers);
  page.on('worker', (worker) => {
    workers.push(
      worker.evaluate(workerProbeScript()).then(
        () => worker,
        () => undefined,
      ),
    );
  });
  await page.addInitScript({ content: probeScript() });
}

const isLiveWorker = (worker: Worker | undefined): boolean =>
  worker !== undefined && /live[^/]*worker/.test(worker.url());

/** Resolves once the Live worker (preloaded while setup is idle) has the probe in it. */
export async function liveWorkerProbed(page: Page, timeoutMs = 20_000): Promise<void> {
  // A page without the probe (a suite that measures without it) has nothing to wait for.
  if (!probedWorkers.has(page)) return;
  const until = Date.now() + timeoutMs;
  for (;;) {
    const workers = await Promise.all(probedWorkers.get(page) ?? []);
    if (workers.some(isLiveWorker)) return;
    if (Date.now() > until) throw new Error('The Live worker never started (or the probe could not enter it).');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A copy of everything recorded so far, with the page's time origin for clock conversions; the
 * workers' records moved onto the page's clock and merged in (sockets, replies, paired sends).
 */
export async function readProbe(page: Page): Promise<{ records: ProbeRecords; timeOrigin: number }> {
  const read = await page.evaluate(() => {
    window.__benchRefreshDevice?.();
    return { records: window.__benchProbe, timeOrigin: performance.timeOrigin };
  });
  for (const worker of await Promise.all(probedWorkers.get(page) ?? [])) {
    const fromWorker = await worker
      ?.evaluate(() => ({ records: globalThis.__benchProbe, timeOrigin: performance.timeOrigin }))
      .catch(() => undefined);
    if (fromWorker?.records)
      mergeWorkerRecords(
        read.records,
        fromWorker.records,
        fromWorker.timeOrigin - read.timeOrigin,
        isLiveWorker(worker),
      );
  }
  pairSends(read.records);
  return read;
}
