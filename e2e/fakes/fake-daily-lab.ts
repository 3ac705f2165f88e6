// An in-page harness around the real avatar session (from the Vite dev server) with the fake
// Daily injected. Everything passed to page.evaluate runs in the browser and is self-contained.
import type { Page } from 'playwright/test';
import { useFakeDaily, type FakeDailyOptions } from './fake-daily.ts';

interface LabSession {
  start(args: { conversationUrl: string; conversationId: string }): Promise<void>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  tracks(): { video?: MediaStreamTrack; audio?: MediaStreamTrack };
  attach(video: HTMLVideoElement, audio: HTMLAudioElement): () => void;
  speak(pcm: Int16Array): void;
  endTurn(): void;
  interrupt(): void;
  stats(): unknown;
  stop(): Promise<void>;
}

export interface AvatarLab {
  session: LabSession;
  events: { name: string; payload: unknown }[];
  /** Settles with 'live' or the error's reason. */
  started: Promise<string>;
  /** RMS of the replica's voice track, sampled every 50 ms since the lab opened. */
  levels: { at: number; rms: number }[];
}

declare global {
  interface Window {
    avatarLab: AvatarLab;
  }
}

const PAGE = '<!doctype html><title>Avatar lab</title><button>Start</button><video></video><audio></audio>';

/** Opens a blank page on the dev server with the fake Daily, and starts a real avatar session. */
export async function openAvatarLab(
  page: Page,
  origin: string,
  fake: FakeDailyOptions,
  session: { replicaTimeoutMs?: number } = {},
): Promise<void> {
  await useFakeDaily(page, fake);
  await page.route(`${origin}/avatar-lab`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`${origin}/avatar-lab`);
  await page.evaluate(startLab, session);
}

async function startLab(options: { replicaTimeoutMs?: number }): Promise<void> {
  const sessionModule = '/src/services/avatar/daily-avatar-session.ts';
  const loaderModule = '/src/services/avatar/load-daily.ts';
  const { createDailyAvatarSession } = (await import(sessionModule)) as {
    createDailyAvatarSession: (o: { loadDaily: () => Promise<unknown>; replicaTimeoutMs?: number }) => LabSession;
  };
  const { loadDailyFactory } = (await import(loaderModule)) as { loadDailyFactory: () => Promise<unknown> };
  const session = createDailyAvatarSession({ loadDaily: loadDailyFactory, ...options });
  const events: AvatarLab['events'] = [];
  for (const name of ['speaking', 'tracks', 'failed', 'ended'])
    session.on(name, (payload) => events.push({ name, payload }));
  const levels: AvatarLab['levels'] = [];
  const started = session.start({ conversationUrl: 'https://fake.daily.co/c-lab', conversationId: 'c-lab' }).then(
    () => 'live',
    (err: unknown) => String((err as { reason?: string }).reason),
  );
  void started.then((outcome) => {
    const voice = session.tracks().audio;
    if (outcome !== 'live' || !voice) return;
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    ctx.createMediaStreamSource(new MediaStream([voice])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    window.setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      levels.push({ at: performance.now(), rms: Math.sqrt(samples.reduce((s, x) => s + x * x, 0) / samples.length) });
    }, 50);
  });
  const button = document.querySelector('button');
  button?.addEventListener('click', () => {
    const video = document.querySelector('video');
    const audio = document.querySelector('audio');
    if (video && audio) session.attach(video, audio);
  });
  window.avatarLab = { session, events, started, levels };
}

/** A 24 kHz PCM16 tone; the spec compares what the replica received with it. */
export function tone(seconds: number, hz = 330, amplitude = 9000): Int16Array {
  const out = new Int16Array(Math.round(seconds * 24000));
  for (let i = 0; i < out.length; i++) out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / 24000));
  return out;
}

/** Feeds `pcm` to the session in `chunkMs` pieces at real-time pace, as Gemini would, then ends the turn. */
export async function speakInPage(page: Page, pcm: Int16Array, chunkMs: number, endTurn = true): Promise<void> {
  await page.evaluate(
    async ({ samples, chunkMs, endTurn }) => {
      const all = Int16Array.from(samples);
      const size = (24000 * chunkMs) / 1000;
      for (let at = 0; at < all.length; at += size) {
        window.avatarLab.session.speak(all.slice(at, at + size));
        await new Promise((resolve) => setTimeout(resolve, chunkMs));
      }
      if (endTurn) window.avatarLab.session.endTurn();
    },
    { samples: Array.from(pcm), chunkMs, endTurn },
  );
}
