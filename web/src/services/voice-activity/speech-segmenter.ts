// Turns per-window speech probabilities into speech-start / speech-end events, the same way for
// every detector:
// - hysteresis: speech starts on a window at or above `onThreshold` and continues while windows
//   stay at or above the lower `offThreshold`; after a quiet window it resumes only at `on` again;
// - minimum speech length: an onset counts once it has lasted `minSpeechMs`, so a cough, a click
//   or a word of echo is not the candidate speaking; speech-start is dated at the onset;
// - hangover: speech ends only after `hangoverMs` without a voiced window, so the gaps between
//   words do not split an answer; speech-end is dated at the last voiced window's end;
// - resumption: speech that starts again soon after speech ended (`resume.withinMs`) needs only
//   `resume.minSpeechMs`. It is almost surely the same speaker going on after a breath, and the
//   end-of-turn policy must learn of it before its short wait after a full stop runs out; a click
//   taken for it only delays a hand-over by a pause.
// While the interviewer plays (`setEchoGuard(true)`) the `echo` settings apply to new onsets:
// a higher threshold and a longer minimum, so the interviewer's own voice leaking back from
// the speakers does not pass for the candidate barging in (the pipeline also makes the
// probability a level one then: see detector-pipeline.ts). The guard outlasts the playing by
// `echo.tailMs` (the last syllable still leaves the speakers and rings in the room after the
// player says it is done), and an onset begun under the guard keeps its rules to the end: the
// interviewer's last word is not let through because the guard lifted halfway through it.
// The echo minimum is 300 ms, measured on the turns bench's corpus (echo 10 dB below the
// candidate): echo passes the guard's per-window test for at most 160-200 ms at a stretch (200 ms
// with echo only 6 dB down; 320 ms at 3 dB down, where this minimum would let it in), while a
// candidate's first word over it lasts 260-440 ms. At 400 ms, half the barge-ins' first words
// were too short, so the interviewer talked on until a longer word came.
// Only speech longer than the resumption minimum opens the resumption window when it ends: a
// 20 ms beep after an answer (Chromium's fake microphone beeps every 500 ms; two 20 ms windows
// at most) may pass for the candidate going on within a second of the answer, but cannot open a
// window for the next beep, and the next, for good. (Asking the full 120 ms cost the policy
// 30-60 ms at p95 on the turns corpus; asking 60 ms of resumed speech instead of 40 confirmed
// the energy detector's next sentence after the early hand-over in 6 more of 48 answers.)

import type { VoiceActivityEvent } from './types';

export interface SegmenterSettings {
  onThreshold: number;
  offThreshold: number;
  minSpeechMs: number;
  hangoverMs: number;
  /** What changes while the interviewer is playing. */
  echo: { onThreshold: number; minSpeechMs: number; tailMs?: number };
  /** The shorter minimum for speech starting within `withinMs` of the last speech end (never while guarded). */
  resume?: { withinMs: number; minSpeechMs: number };
}

export const DEFAULT_SEGMENTER: SegmenterSettings = {
  onThreshold: 0.5,
  offThreshold: 0.35,
  minSpeechMs: 120,
  hangoverMs: 200,
  echo: { onThreshold: 0.8, minSpeechMs: 300, tailMs: 250 },
  resume: { withinMs: 1_000, minSpeechMs: 40 },
};

type State =
  | { kind: 'silence' }
  | { kind: 'onset'; startMs: number; voicedMs: number; lastVoicedEndMs: number; guarded: boolean }
  | { kind: 'speech'; startMs: number; voicedMs: number; lastVoicedEndMs: number };

export class SpeechSegmenter {
  private state: State = { kind: 'silence' };
  private echoGuard = false;
  /** The guard's tail: still guarded before this stream time after the interviewer stopped. */
  private guardTailUntilMs = Number.NEGATIVE_INFINITY;
  private lastWindowEndMs = 0;
  private lastEndMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly settings: SegmenterSettings = DEFAULT_SEGMENTER) {}

  setEchoGuard(on: boolean): void {
    if (this.echoGuard && !on) this.guardTailUntilMs = this.lastWindowEndMs + (this.settings.echo.tailMs ?? 0);
    this.echoGuard = on;
  }

  /** Whether the window starting at `startMs` is judged under the echo guard (playing, or its tail). */
  guarding(startMs: number): boolean {
    return this.echoGuard || startMs < this.guardTailUntilMs;
  }

  speaking(): boolean {
    return this.state.kind === 'speech';
  }

  /** One window of probability `p` covering stream time [startMs, endMs). */
  push(p: number, startMs: number, endMs: number): VoiceActivityEvent[] {
    const state = this.state;
    this.lastWindowEndMs = endMs;
    if (state.kind === 'silence') return this.fromSilence(p, startMs, endMs);
    if (state.kind === 'onset') return this.fromOnset(state, p, endMs);
    const contiguous = state.lastVoicedEndMs >= startMs;
    if (p >= (contiguous ? this.settings.offThreshold : this.settings.onThreshold)) {
      state.voicedMs += endMs - startMs;
      state.lastVoicedEndMs = endMs;
      return [];
    }
    return endMs - state.lastVoicedEndMs >= this.settings.hangoverMs ? this.end(state) : [];
  }

  /** No audio until `toMs` (muted, or capture restarted): silence, which may end speech. */
  gap(toMs: number): VoiceActivityEvent[] {
    const state = this.state;
    if (state.kind === 'onset') this.state = { kind: 'silence' };
    if (state.kind === 'speech' && toMs - state.lastVoicedEndMs >= this.settings.hangoverMs) return this.end(state);
    return [];
  }

  private fromSilence(p: number, startMs: number, endMs: number): VoiceActivityEvent[] {
    const guarded = this.guarding(startMs);
    if (p < (guarded ? this.settings.echo.onThreshold : this.settings.onThreshold)) return [];
    const onset: State = { kind: 'onset', startMs, voicedMs: endMs - startMs, lastVoicedEndMs: endMs, guarded };
    this.state = onset;
    return this.promote(onset);
  }

  private fromOnset(state: Extract<State, { kind: 'onset' }>, p: number, endMs: number): VoiceActivityEvent[] {
    // While guarded, every window of an onset must clear the echo threshold, not just the first.
    if (p < (state.guarded ? this.settings.echo.onThreshold : this.settings.offThreshold)) {
      this.state = { kind: 'silence' };
      return [];
    }
    state.voicedMs += endMs - state.lastVoicedEndMs;
    state.lastVoicedEndMs = endMs;
    return this.promote(state);
  }

  private promote(onset: Extract<State, { kind: 'onset' }>): VoiceActivityEvent[] {
    if (onset.lastVoicedEndMs - onset.startMs < this.minimumFor(onset)) return [];
    this.state = { ...onset, kind: 'speech' };
    return [{ type: 'speech-start', streamMs: onset.startMs }];
  }

  private minimumFor(onset: Extract<State, { kind: 'onset' }>): number {
    if (onset.guarded) return this.settings.echo.minSpeechMs;
    const resume = this.settings.resume;
    return resume && onset.startMs - this.lastEndMs < resume.withinMs ? resume.minSpeechMs : this.settings.minSpeechMs;
  }

  private end(state: Extract<State, { kind: 'speech' }>): VoiceActivityEvent[] {
    this.state = { kind: 'silence' };
    if (state.voicedMs > (this.settings.resume?.minSpeechMs ?? 0)) this.lastEndMs = state.lastVoicedEndMs;
    return [{ type: 'speech-end', streamMs: state.lastVoicedEndMs, voicedMs: state.voicedMs }];
  }
}
