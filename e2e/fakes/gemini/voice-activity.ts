import { rms } from '../shared/pcm.ts';

// Energy-based voice activity detection on the 16 kHz audio the candidate sends, so the fake
// interviewer notices when the candidate starts (barge-in) and stops (end of turn) talking.

export const INPUT_SAMPLE_RATE = 16_000;
const FRAME_MS = 20;
const FRAME_SAMPLES = (INPUT_SAMPLE_RATE * FRAME_MS) / 1000;

export interface VoiceActivityOptions {
  /** Frame RMS (0..1 of full scale) above which a frame counts as speech. */
  threshold: number;
  /** Voiced audio needed before speech counts as started; filters clicks. */
  startMs: number;
  /** Silence that ends a turn; the setup's `silenceDurationMs` replaces it when present. */
  silenceMs: number;
}

export const DEFAULT_VOICE_ACTIVITY: VoiceActivityOptions = { threshold: 0.02, startMs: 60, silenceMs: 500 };

export interface VoiceActivityEvents {
  onSpeechStart(): void;
  onSpeechEnd(): void;
}

/** Counts audio time in samples, not wall time, so results do not depend on delivery jitter. */
export class VoiceActivityDetector {
  private pending = new Int16Array(0);
  private speaking = false;
  private voicedMs = 0;
  private silentMs = 0;

  constructor(
    private readonly events: VoiceActivityEvents,
    private opts: VoiceActivityOptions = DEFAULT_VOICE_ACTIVITY,
  ) {}

  get inSpeech(): boolean {
    return this.speaking;
  }

  setSilenceMs(silenceMs: number): void {
    this.opts = { ...this.opts, silenceMs };
  }

  push(pcm: Int16Array): void {
    const joined = new Int16Array(this.pending.length + pcm.length);
    joined.set(this.pending);
    joined.set(pcm, this.pending.length);
    let at = 0;
    for (; at + FRAME_SAMPLES <= joined.length; at += FRAME_SAMPLES) {
      this.frame(rms(joined, at, at + FRAME_SAMPLES) > this.opts.threshold);
    }
    this.pending = joined.slice(at);
  }

  /** The client stopped sending (audioStreamEnd, mute, silence timeout): an open turn ends now. */
  flush(): void {
    this.pending = new Int16Array(0);
    this.voicedMs = 0;
    if (!this.speaking) return;
    this.speaking = false;
    this.silentMs = 0;
    this.events.onSpeechEnd();
  }

  private frame(voiced: boolean): void {
    if (!this.speaking) {
      this.voicedMs = voiced ? this.voicedMs + FRAME_MS : 0;
      if (this.voicedMs >= this.opts.startMs) {
        this.speaking = true;
        this.silentMs = 0;
        this.events.onSpeechStart();
      }
      return;
    }
    this.silentMs = voiced ? 0 : this.silentMs + FRAME_MS;
    if (this.silentMs >= this.opts.silenceMs) {
      this.speaking = false;
      this.voicedMs = 0;
      this.events.onSpeechEnd();
    }
  }
}
