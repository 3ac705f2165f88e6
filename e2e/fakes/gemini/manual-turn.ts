import { VoiceActivityDetector, type VoiceActivityOptions } from './voice-activity.ts';

// The candidate's turn when the client marks it (automaticActivityDetection.disabled), kept as
// strictly as the service would, with the source of each rule:
// - Only what arrives between activityStart and activityEnd is the turn, and the model answers
//   only after activityEnd ("If disabled, the client must send activity signals":
//   AutomaticActivityDetection docs, @google/genai 3.1.0). Audio outside a pair is heard by
//   nobody: the docs do not say what the service does with it, so the fake takes the harsher
//   reading and drops it.
// - activityStart while the model speaks interrupts it (ActivityHandling default,
//   START_OF_ACTIVITY_INTERRUPTS: "start of activity will interrupt the model's response").
// - A pair with neither speech nor text in it is not a turn (harsher reading: unknown).
// - A second activityStart, or an activityEnd with no turn open, is ignored (unknown; the fake
//   neither answers it nor closes the socket, so a client bug shows as a missing reply).
// - Input transcription comes while the candidate talks: after each stretch of speech inside the
//   turn (a pause of PAUSE_MS), the fake sends the next part of the scripted answer, split on
//   `|` in the script; the last part comes with activityEnd.

const PAUSE_MS = 300;

export interface ManualTurnEvents {
  /** activityStart opened a turn. */
  onStart(): void;
  /** The candidate paused inside the turn. */
  onPause(): void;
  /** activityEnd closed a turn: what it held. */
  onEnd(heard: { voiced: boolean; texts: string[] }): void;
}

export class ManualTurn {
  private open = false;
  /** Set while a reset drops the turn, so its flush reports no pause. */
  private dropping = false;
  private voiced = false;
  private texts: string[] = [];
  private readonly vad: VoiceActivityDetector;

  constructor(
    private readonly events: ManualTurnEvents,
    detection: VoiceActivityOptions,
  ) {
    this.vad = new VoiceActivityDetector(
      {
        onSpeechStart: () => void (this.voiced = true),
        onSpeechEnd: () => (this.dropping ? undefined : this.events.onPause()),
      },
      { ...detection, silenceMs: PAUSE_MS },
    );
  }

  get isOpen(): boolean {
    return this.open;
  }

  start(): void {
    if (this.open) return;
    this.open = true;
    this.voiced = false;
    this.texts = [];
    this.events.onStart();
  }

  hear(pcm: Int16Array): void {
    if (this.open) this.vad.push(pcm);
  }

  /** Text inside an open turn belongs to it; returns false when no turn is open. */
  text(text: string): boolean {
    if (this.open) this.texts.push(text);
    return this.open;
  }

  /** A new connection took over: a turn left open on the old one is gone with it. */
  reset(): void {
    this.open = false;
    this.texts = [];
    this.dropping = true;
    this.vad.flush();
    this.dropping = false;
  }

  end(): void {
    if (!this.open) return;
    this.open = false;
    this.vad.flush();
    const heard = { voiced: this.voiced, texts: this.texts };
    this.texts = [];
    if (heard.voiced || heard.texts.length > 0) this.events.onEnd(heard);
  }
}
