import { preciseNow } from '../shared/http.ts';
import { pcmToBase64 } from '../shared/pcm.ts';
import type { LiveConnection } from './live-connection.ts';
import type { Pace } from './state.ts';
import { OUTPUT_SAMPLE_RATE } from './synthetic-voice.ts';

// Streams one interviewer utterance: audio chunks paced like the real service, with output
// transcription fragments spread between them. It can be cut short by barge-in or by the
// connection going away, and says which. On 3.x models one message carries several parts (the
// chunk split in two) with the transcription fragments due inside the same serverContent
// (contracts/models/live-profiles.ts [3.1]: "several parts per server event"); on 2.5 each
// message carries one part and transcription travels in messages of its own.

export type StreamResult = 'completed' | 'cancelled' | 'connection-lost';

export interface StreamHooks {
  /** Called right after each audio chunk is handed to the socket. */
  onChunkSent(samples: number, at: number): void;
}

/** A repeatable jitter sequence, so a benchmark run can be reproduced. */
function jitterSequence(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/**
 * When each chunk goes out, in ms after the first: `chunkMs / speed` apart, each moved by up to
 * ±jitterMs, never before the previous one (a socket does not reorder).
 */
export function sendSchedule(chunks: number, pace: Pace, seed: number): number[] {
  const jitter = jitterSequence(seed);
  const times: number[] = [];
  let last = 0;
  for (let i = 0; i < chunks; i++) {
    const base = (i * pace.chunkMs) / pace.speed;
    last = Math.max(last, base + (jitter() * 2 - 1) * pace.jitterMs);
    times.push(last);
  }
  return times;
}

export class UtteranceStreamer {
  private cancelled = false;
  private wake?: () => void;
  private chunksSent = 0;

  constructor(
    private readonly conn: LiveConnection,
    private readonly pcm: Int16Array,
    /** Transcription fragments, or undefined when the setup did not ask for output transcription. */
    private readonly fragments: string[] | undefined,
    private readonly pace: Pace,
    /** Several parts, transcription inside, per message (3.x). */
    private readonly multiPart: boolean,
    private readonly hooks: StreamHooks,
  ) {}

  get sentAny(): boolean {
    return this.chunksSent > 0;
  }

  /** Stops at the next chunk boundary; `run()` then resolves 'cancelled'. */
  cancel(): void {
    this.cancelled = true;
    this.wake?.();
  }

  /** Wakes a sleeping run so it notices a closed socket at once. */
  poke(): void {
    this.wake?.();
  }

  async run(): Promise<StreamResult> {
    if (this.pace.replyDelayMs > 0 && !this.pace.instant) await this.sleep(this.pace.replyDelayMs);
    const chunkSamples = Math.round((OUTPUT_SAMPLE_RATE * this.pace.chunkMs) / 1000);
    const total = Math.ceil(this.pcm.length / chunkSamples);
    const schedule = sendSchedule(total, this.pace, this.pcm.length);
    const start = preciseNow();
    let fragmentsSent = 0;
    for (let i = 0; i < total; i++) {
      if (!this.pace.instant) await this.sleep(start + (schedule[i] ?? 0) - preciseNow());
      const stop = this.stopReason();
      if (stop) return stop;
      const chunk = this.pcm.subarray(i * chunkSamples, (i + 1) * chunkSamples);
      const due = this.fragmentsDue(fragmentsSent, (i + 1) / total);
      if (this.multiPart) {
        this.sendAudio(chunk, due);
      } else {
        this.sendAudio(chunk, []);
        due.forEach((text) => this.sendFragment(text));
      }
      fragmentsSent += due.length;
    }
    this.fragmentsDue(fragmentsSent, 1).forEach((text) => this.sendFragment(text));
    return this.stopReason() ?? 'completed';
  }

  private stopReason(): StreamResult | undefined {
    if (this.cancelled) return 'cancelled';
    if (!this.conn.isOpen) return 'connection-lost';
    return undefined;
  }

  private sendAudio(chunk: Int16Array, fragments: string[]): void {
    const half = this.multiPart ? Math.ceil(chunk.length / 2) : chunk.length;
    const pieces = [chunk.subarray(0, half), chunk.subarray(half)].filter((p) => p.length > 0);
    const parts = pieces.map((p) => ({
      inlineData: { mimeType: `audio/pcm;rate=${OUTPUT_SAMPLE_RATE}`, data: pcmToBase64(p) },
    }));
    const transcription = fragments.length > 0 ? { outputTranscription: { text: fragments.join('') } } : {};
    this.conn.send({ serverContent: { modelTurn: { parts }, ...transcription } });
    this.chunksSent += 1;
    this.hooks.onChunkSent(chunk.length, preciseNow());
  }

  private sendFragment(text: string): void {
    this.conn.send({ serverContent: { outputTranscription: { text } } });
  }

  /** The transcription fragments whose share of the text has been spoken by `progress`, not yet sent. */
  private fragmentsDue(alreadySent: number, progress: number): string[] {
    if (!this.fragments) return [];
    return this.fragments.slice(alreadySent, Math.max(alreadySent, Math.ceil(this.fragments.length * progress)));
  }

  private sleep(ms: number): Promise<void> {
    if (this.cancelled) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(0, ms));
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
