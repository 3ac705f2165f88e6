// An in-page harness around the real audio modules, imported from the Vite dev server.
// Everything inside page.evaluate runs in the browser and must be self-contained.
import { join } from 'node:path';
import type { Page } from 'playwright/test';
import { REPO_ROOT } from '../support/token-server-process.ts';

/** Both audio paths by name; bench code, served by the dev server from outside web/. */
const STRATEGIES = join(REPO_ROOT, 'bench/app/audio-strategies.ts');

export type StrategyName = 'mockingbird' | 'baseline';

export interface LabChunk {
  samples: number;
  rms: number;
  capturedAt: number;
  receivedAt: number;
}

/** One render quantum of the player's output, as recorded by a tap on its node. */
export interface LabQuantum {
  time: number;
  peak: number;
}

interface MicLike {
  start(opts?: { deviceId?: string }): Promise<void>;
  onChunk(cb: (chunk: { pcm: Int16Array; capturedAt: number }) => void): () => void;
  level(): number;
  setMuted(muted: boolean): void;
  stop(): Promise<void>;
}

interface PlayerLike {
  resume(): Promise<void>;
  enqueue(pcm: Int16Array): void;
  flush(): void;
  level(): number;
  onPlaying(cb: (playing: boolean) => void): () => void;
  stats(): { underruns: number; bufferedSamples: number; stretchedSamples?: number };
  close(): Promise<void>;
}

interface Lab {
  mic: MicLike;
  player: PlayerLike;
  chunks: LabChunk[];
  playing: { playing: boolean; at: number }[];
  quanta: LabQuantum[];
  /** Context time of the player, read on the main thread. */
  playerTime(): number;
  playerRate(): number;
  started: Promise<void>;
}

declare global {
  interface Window {
    lab: Lab;
  }
}

const RECORDER = `
registerProcessor('lab-recorder', class extends AudioWorkletProcessor {
  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    if (ch) {
      let peak = 0;
      for (let i = 0; i < ch.length; i++) peak = Math.max(peak, Math.abs(ch[i]));
      this.port.postMessage({ time: currentTime, peak });
    }
    return true;
  }
});`;

/**
 * Makes a 16 kHz context refuse a microphone stream the way Firefox does (NotSupportedError),
 * so the capture worklet's own resampler is exercised, and records that the fallback ran.
 */
export async function refuseMicAt16kHz(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // The original is called with .call(this, …) below, so taking it off the prototype is safe.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const native = AudioContext.prototype.createMediaStreamSource;
    const flags = window as unknown as { micContextRates: number[] };
    flags.micContextRates = [];
    AudioContext.prototype.createMediaStreamSource = function (this: AudioContext, stream: MediaStream) {
      flags.micContextRates.push(this.sampleRate);
      if (this.sampleRate === 16000) throw new DOMException('Simulated Firefox refusal', 'NotSupportedError');
      return native.call(this, stream);
    };
  });
}

/** Opens a blank page on the dev server's origin with one button, and builds the lab in it. */
export async function openLab(page: Page, origin: string, strategy: StrategyName): Promise<void> {
  await page.route(`${origin}/audio-lab`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Audio lab</title><button>Start audio</button>',
    }),
  );
  await page.goto(`${origin}/audio-lab`);
  await page.evaluate(installLab, { strategy, recorder: RECORDER, strategies: `/@fs${STRATEGIES}` });
}

async function installLab(args: { strategy: StrategyName; recorder: string; strategies: string }): Promise<void> {
  const { audioStrategy } = (await import(args.strategies)) as {
    audioStrategy: (
      name: string,
      options: { player: { tap: (node: AudioNode) => void } },
    ) => { createMicSource: () => MicLike; createPcmPlayer: () => PlayerLike };
  };
  const quanta: LabQuantum[] = [];
  let playerContext: BaseAudioContext | undefined;
  const tap = (node: AudioNode) => {
    const ctx = node.context;
    playerContext = ctx;
    const url = URL.createObjectURL(new Blob([args.recorder], { type: 'text/javascript' }));
    void ctx.audioWorklet.addModule(url).then(() => {
      const recorder = new AudioWorkletNode(ctx, 'lab-recorder');
      recorder.port.onmessage = (event: MessageEvent<LabQuantum>) => quanta.push(event.data);
      node.connect(recorder);
      recorder.connect(ctx.destination);
    });
  };
  const audio = audioStrategy(args.strategy, { player: { tap } });
  const mic = audio.createMicSource();
  const player = audio.createPcmPlayer();
  const chunks: LabChunk[] = [];
  mic.onChunk(({ pcm, capturedAt }) => {
    let sum = 0;
    for (const s of pcm) sum += (s / 32768) ** 2;
    chunks.push({ samples: pcm.length, rms: Math.sqrt(sum / pcm.length), capturedAt, receivedAt: performance.now() });
  });
  const playing: Lab['playing'] = [];
  player.onPlaying((p) => playing.push({ playing: p, at: performance.now() }));
  const button = document.querySelector('button');
  if (!button) throw new Error('lab button missing');
  const started = new Promise<void>((resolve, reject) => {
    // Both contexts are created inside the click, as the autoplay policy requires.
    button.addEventListener(
      'click',
      () => void Promise.all([mic.start(), player.resume()]).then(() => resolve(), reject),
      { once: true },
    );
  });
  window.lab = {
    mic,
    player,
    chunks,
    playing,
    quanta,
    playerTime: () => playerContext?.currentTime ?? 0,
    playerRate: () => playerContext?.sampleRate ?? 0,
    started,
  };
}

/** Clicks the lab's button (a real user gesture) and waits for the mic and player to start. */
export async function startLab(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start audio' }).click();
  await page.evaluate(() => window.lab.started);
}

/** What feedPlayer observed while feeding. */
export interface FeedResult {
  /** Player levels sampled every ~20 ms while feeding. */
  levels: number[];
  /**
   * Times the page's own timer stalled longer than FEED_STALL_MS, so the audio it had sent ahead
   * may have run out: only then may the player legitimately run dry.
   */
  feederStalls: number;
  /** Each such stall as [from, to] in the player context's time (seconds), to match against gaps. */
  stallSpans: [number, number][];
}

// The feeder keeps FEED_AHEAD_MS of audio sent beyond the clock, as a network that delivers on
// time would, so what the player holds never rests on the player's own start wait (its to tune,
// and it may be small). On a 20 ms timer a chunk goes out up to one timer gap after it falls due,
// and the audio thread needs headroom of its own: it renders a device callback (two quanta,
// 10.7 ms, measured here) ahead of the clock, more after it was descheduled, and each chunk must
// cross threads first. One chunk ahead (40 ms) on top of a 50 ms start wait left none: a timer
// gap just under a 40 ms stall limit left ~10 ms in hand, and the player ran dry with no stall
// counted. Now a gap under FEED_STALL_MS leaves at least 50 ms; a longer one counts as a stall.
const FEED_AHEAD_MS = 100;
const FEED_STALL_MS = 50;

/**
 * Feeds the player `seconds` of a 24 kHz tone in `chunkMs` chunks at real-time pace,
 * FEED_AHEAD_MS ahead, scheduling by the clock rather than by timer counts so timer jitter does
 * not drift.
 */
export async function feedPlayer(page: Page, seconds: number, chunkMs: number): Promise<FeedResult> {
  return page.evaluate(
    async ({ seconds, chunkMs, aheadMs, stallMs }) => {
      const chunkSamples = (24000 * chunkMs) / 1000;
      const total = Math.round(seconds * 24000);
      const levels: number[] = [];
      const start = performance.now();
      let sent = 0;
      let feederStalls = 0;
      const stallSpans: [number, number][] = [];
      let lastTick = start;
      let lastTickAudio = window.lab.playerTime();
      while (sent < total) {
        const now = performance.now();
        const nowAudio = window.lab.playerTime();
        if (now - lastTick > stallMs) {
          feederStalls++;
          stallSpans.push([lastTickAudio, nowAudio]);
        }
        lastTick = now;
        lastTickAudio = nowAudio;
        const dueSamples = ((now - start + aheadMs) / 1000) * 24000;
        const due = Math.min(total, Math.ceil(dueSamples / chunkSamples) * chunkSamples);
        for (; sent < due; sent += chunkSamples) {
          const pcm = new Int16Array(chunkSamples).map((_, i) =>
            Math.round(9000 * Math.sin((2 * Math.PI * 330 * (sent + i)) / 24000)),
          );
          window.lab.player.enqueue(pcm);
        }
        levels.push(window.lab.player.level());
        await new Promise((r) => setTimeout(r, 20));
      }
      return { levels, feederStalls, stallSpans };
    },
    { seconds, chunkMs, aheadMs: FEED_AHEAD_MS, stallMs: FEED_STALL_MS },
  );
}
