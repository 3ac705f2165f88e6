// A VoiceActivityDetector that tests drive by hand: the test says when the candidate spoke, on
// the capture stream's clock, and the fake emits what the real detector would. It keeps the
// real detector's rules, so code that works against it holds up against the worker:
// - speech-start and speech-end alternate, starting with speech-start;
// - times never go back, and no event is dated after the detector's current stream time
//   (the real one only reports audio it has consumed);
// - speech-end's voicedMs is at most the span since its speech-start;
// - the real detector reports a start only once its minimum speech length has passed, and an end
//   only after its hangover: `detectedAfterMs` reproduces that lag (stream time moves on by it);
// - it starts as 'energy' (the model loads later) and says so with a 'detector' event on a switch;
// - its stream time moves with each event, and between events only while it is followed
//   (followStream): unfollowed, the worker sends no positions;
// - after close() it delivers nothing.

import type { VoiceActivityDetector, VoiceActivityEvent, VoiceActivityKind } from '../types';

export interface ScriptedDetectorOptions {
  kind?: VoiceActivityKind;
  /** Stream time moved on past a start by the time it is reported (minimum speech length). */
  startLagMs?: number;
  /** Stream time moved on past an end by the time it is reported (hangover). */
  endLagMs?: number;
}

export class ScriptedVoiceActivityDetector implements VoiceActivityDetector {
  readonly listeners = new Set<(event: VoiceActivityEvent) => void>();
  /** Every setInterviewerPlaying() call, in order. */
  readonly interviewerPlayingCalls: boolean[] = [];
  /** Everything emitted, in order (also what nobody was listening to). */
  readonly emitted: VoiceActivityEvent[] = [];
  /** Every followStream() call, in order. */
  readonly followCalls: boolean[] = [];
  closed = false;
  private following = true;
  /** The stream time the page last heard of (with an event, or while it followed the stream). */
  private reported = 0;
  private current: VoiceActivityKind;
  private now = 0;
  private speakingSince: number | undefined;
  private lastEnd = 0;
  private readonly startLagMs: number;
  private readonly endLagMs: number;

  constructor(options: ScriptedDetectorOptions = {}) {
    this.current = options.kind ?? 'energy';
    this.startLagMs = options.startLagMs ?? 0;
    this.endLagMs = options.endLagMs ?? 0;
  }

  kind(): VoiceActivityKind {
    return this.current;
  }

  on(cb: (event: VoiceActivityEvent) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  setInterviewerPlaying(playing: boolean): void {
    this.interviewerPlayingCalls.push(playing);
  }

  /** Whether the interviewer was last said to be playing. */
  interviewerPlaying(): boolean {
    return this.interviewerPlayingCalls.at(-1) ?? false;
  }

  streamMs(): number {
    return this.following ? this.now : this.reported;
  }

  /** The stream time the detector has heard, which tests move on: streamMs() is what the page is told of it. */
  heardMs(): number {
    return this.now;
  }

  followStream(on: boolean): void {
    this.followCalls.push(on);
    if (this.following) this.reported = this.now;
    this.following = on;
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
  }

  /** Moves stream time on (audio consumed with no change in speech). */
  advanceTo(ms: number): void {
    if (ms < this.now) throw new Error(`stream time goes forward only: ${ms} < ${this.now}`);
    this.now = ms;
  }

  /** Whether the fake is between a speech-start and its speech-end. */
  speaking(): boolean {
    return this.speakingSince !== undefined;
  }

  /** The candidate began speaking at `atMs`; reported `startLagMs` later. */
  startSpeech(atMs: number = this.now): void {
    if (this.speakingSince !== undefined) throw new Error('speech-start while already speaking');
    if (atMs < this.lastEnd) throw new Error(`speech-start at ${atMs} before the previous end at ${this.lastEnd}`);
    this.advanceTo(Math.max(this.now, atMs + this.startLagMs));
    this.speakingSince = atMs;
    this.emit({ type: 'speech-start', streamMs: atMs });
  }

  /** The candidate stopped speaking at `atMs`; reported `endLagMs` later. */
  endSpeech(atMs: number = this.now, voicedMs?: number): void {
    const since = this.speakingSince;
    if (since === undefined) throw new Error('speech-end without a speech-start');
    if (atMs < since) throw new Error(`speech-end at ${atMs} before its start at ${since}`);
    const voiced = voicedMs ?? atMs - since;
    if (voiced < 0 || voiced > atMs - since) throw new Error(`voicedMs ${voiced} outside 0..${atMs - since}`);
    this.advanceTo(Math.max(this.now, atMs + this.endLagMs));
    this.speakingSince = undefined;
    this.lastEnd = atMs;
    this.emit({ type: 'speech-end', streamMs: atMs, voicedMs: voiced });
  }

  /** One stretch of speech from `fromMs` to `toMs`. */
  speak(fromMs: number, toMs: number, voicedMs?: number): void {
    this.startSpeech(fromMs);
    this.endSpeech(toMs, voicedMs);
  }

  /** The detector in use changes (e.g. Silero finished loading). */
  switchTo(kind: VoiceActivityKind): void {
    if (kind === this.current) return;
    this.current = kind;
    this.emit({ type: 'detector', kind });
  }

  private emit(event: VoiceActivityEvent): void {
    if (this.closed) return;
    this.reported = this.now;
    this.emitted.push(event);
    this.listeners.forEach((cb) => cb(event));
  }
}
