import { manualActivity, silenceDurationMs } from './setup-fields.ts';
import { VoiceActivityDetector, type VoiceActivityEvents, type VoiceActivityOptions } from './voice-activity.ts';

// Decides when the candidate starts and stops talking, the way the setup asked for it:
// energy-based detection tuned by `silenceDurationMs`, or the client's own
// activityStart/activityEnd when automatic detection is disabled.

export class CandidateListener {
  private readonly vad: VoiceActivityDetector;
  private manual = false;
  private silenceMs: number;
  private idleTimer?: NodeJS.Timeout;

  constructor(
    private readonly events: VoiceActivityEvents,
    private readonly defaults: VoiceActivityOptions,
  ) {
    this.vad = new VoiceActivityDetector(events, defaults);
    this.silenceMs = defaults.silenceMs;
  }

  /** Each new connection's setup may tune detection differently. */
  useSetup(setup: Record<string, unknown> | undefined): void {
    this.manual = manualActivity(setup);
    this.silenceMs = silenceDurationMs(setup) ?? this.defaults.silenceMs;
    this.vad.setSilenceMs(this.silenceMs);
  }

  hear(pcm: Int16Array): void {
    if (this.manual) return;
    this.vad.push(pcm);
    clearTimeout(this.idleTimer);
    // A client that stops sending mid-turn (mute, lost connection) must still end the turn.
    if (this.vad.inSpeech) this.idleTimer = setTimeout(() => this.vad.flush(), this.silenceMs);
  }

  /** `audioStreamEnd`: the microphone stopped, so an open turn is over. */
  streamEnded(): void {
    clearTimeout(this.idleTimer);
    this.vad.flush();
  }

  activityStart(): void {
    if (this.manual) this.events.onSpeechStart();
  }

  activityEnd(): void {
    if (this.manual) this.events.onSpeechEnd();
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
  }
}
