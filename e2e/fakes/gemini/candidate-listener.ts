import type { LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import { silenceDurationMs } from './setup-fields.ts';
import { VoiceActivityDetector, type VoiceActivityEvents, type VoiceActivityOptions } from './voice-activity.ts';

// Decides when the candidate starts and stops talking with automatic activity detection:
// energy-based detection tuned by `silenceDurationMs` where the model honours it (manual
// activity is manual-turn.ts). On 3.x the
// server ends a turn after about 1 s of silence whatever `silenceDurationMs` says
// (googleapis/js-genai #1467, googleapis/python-genai #2580), and on 3.8 `audioStreamEnd`
// does not end the turn (openclaw/openclaw #152830): the profile table says which.

export class CandidateListener {
  private readonly vad: VoiceActivityDetector;
  private silenceMs: number;
  private idleTimer?: NodeJS.Timeout;

  constructor(
    private readonly events: VoiceActivityEvents,
    private readonly defaults: VoiceActivityOptions,
    private readonly profile: LiveModelProfile,
  ) {
    this.vad = new VoiceActivityDetector(events, defaults);
    this.silenceMs = defaults.silenceMs;
  }

  /** Each new connection's setup may tune detection differently. */
  useSetup(setup: Record<string, unknown> | undefined): void {
    const asked = silenceDurationMs(setup);
    this.silenceMs =
      this.profile.silenceDurationMs === 'honoured' ? (asked ?? this.defaults.silenceMs) : this.profile.serverSilenceMs;
    this.vad.setSilenceMs(this.silenceMs);
  }

  hear(pcm: Int16Array): void {
    this.vad.push(pcm);
    clearTimeout(this.idleTimer);
    // A client that stops sending mid-turn (mute, lost connection) must still end the turn.
    if (this.vad.inSpeech) this.idleTimer = setTimeout(() => this.vad.flush(), this.silenceMs);
  }

  /** `audioStreamEnd`: the microphone stopped, so an open turn is over. */
  streamEnded(): void {
    if (!this.profile.audioStreamEndEndsTurn) return;
    clearTimeout(this.idleTimer);
    this.vad.flush();
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
  }
}
