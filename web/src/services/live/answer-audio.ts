// The microphone's audio as the model hears it when the browser marks the candidate's turns.
// The service takes only audio between activityStart and activityEnd as the answer (the fake
// takes the harsher reading of the docs and drops the rest), yet our detector reports a start
// only after its minimum speech length, and a worker that is still warming up can report it
// seconds late. So audio outside an answer is held back, dated on the capture stream's clock
// (samples counted since the microphone started, the detector's own clock), and when an answer
// opens at `streamMs` the held audio from just before that moment goes out first.
// It runs where the captured audio is: in the Live worker when the capture worklet feeds it
// through a port (live/worker/live-worker-host.ts), on the page otherwise (turn/turn-taking.ts).

const SAMPLES_PER_MS = 16;
/** Audio kept from before the detected onset, so the first syllable is not clipped. */
export const PRE_ROLL_MS = 300;
/** The most audio held back: covers a detector that lags seconds behind while it loads. */
export const HOLD_MS = 8_000;

interface Held {
  pcm: Int16Array;
  /** Stream time at the chunk's end. */
  endMs: number;
}

export interface AnswerAudio {
  /**
   * A captured chunk (16 kHz PCM16): sent now inside an answer, held back outside one. `endMs`:
   * the stream time at its end where the capture frame says it (a gap is time muted); without
   * it the time is counted from the chunks' lengths.
   */
  push(pcm: Int16Array, endMs?: number): void;
  /** The answer opened at `streamMs`: returns the held audio from PRE_ROLL_MS before it, to send after activityStart. */
  open(streamMs: number): Int16Array[];
  close(): void;
  isOpen(): boolean;
}

export function createAnswerAudio(send: (pcm: Int16Array) => void): AnswerAudio {
  let held: Held[] = [];
  let streamMs = 0;
  let open = false;
  return {
    push(pcm, endMs) {
      streamMs = endMs ?? streamMs + pcm.length / SAMPLES_PER_MS;
      if (open) return send(pcm);
      held.push({ pcm, endMs: streamMs });
      while (held.length > 0 && (held[0]?.endMs ?? 0) < streamMs - HOLD_MS) held.shift();
    },
    open(fromMs) {
      open = true;
      const from = fromMs - PRE_ROLL_MS;
      const preRoll = held.filter((h) => h.endMs > from).map((h) => h.pcm);
      held = [];
      return preRoll;
    },
    close() {
      open = false;
    },
    isOpen: () => open,
  };
}
