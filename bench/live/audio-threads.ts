import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright';

// The audio thread's work beside the main thread's: CPU time of the page renderer's audio
// threads over a wall-clock window, read from Linux's per-thread counters
// (/proc/<pid>/task/<tid>/stat, utime + stime in clock ticks of 10 ms). The same instrument for
// every strategy: whichever thread renders the audio graph (an AudioWorklet's own realtime
// thread, or the audio device's callback thread for graphs without one) is counted. An
// AudioWorklet has no high-resolution clock to time its own process() calls
// (WebAudio/web-audio-api#2413), so the kernel's count is the honest one. Linux only.

const TICK_MS = 10;
/** Chromium's names for the threads that render Web Audio in a renderer process. */
const AUDIO_THREAD = /audio/i;

export interface AudioThreadsShare {
  /** CPU time of the audio threads, % of the window. */
  cpuPercent: number;
  /** The threads counted, by name, so a reader can see what was measured. */
  threads: string[];
}

interface ThreadTicks {
  name: string;
  ticks: number;
}

function audioThreadsOf(pid: number): Map<string, ThreadTicks> {
  const out = new Map<string, ThreadTicks>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out; // the process is gone
  }
  for (const tid of tids) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      if (!AUDIO_THREAD.test(name)) continue;
      // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(`${pid}/${tid}`, { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await cdp.detach();
  }
}

function snapshot(pids: number[]): Map<string, ThreadTicks> {
  return new Map(pids.flatMap((pid) => [...audioThreadsOf(pid)]));
}

/** Audio threads of every renderer of `browser` (a suite keeps one room open at a time). */
export async function audioThreadsShare(browser: Browser, windowMs: number): Promise<AudioThreadsShare> {
  const pids = await rendererPids(browser);
  const before = snapshot(pids);
  const startedAt = performance.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = snapshot(pids);
  const wallMs = performance.now() - startedAt;
  let ticks = 0;
  // A thread that started inside the window counts from zero.
  for (const [key, t] of after) ticks += t.ticks - (before.get(key)?.ticks ?? 0);
  return {
    cpuPercent: (ticks * TICK_MS * 100) / wallMs,
    threads: [...new Set([...after.values()].map((t) => t.name))],
  };
}
