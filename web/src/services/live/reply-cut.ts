// Whether a reconnect cut the interviewer off mid-reply. A resumption handle restores the
// session as it was when the handle was issued, and the service withholds handles while the
// model generates (`sessionResumptionUpdate {resumable: false}`, no handle; SDK docs of
// LiveServerSessionResumptionUpdate, docs/protocols.md). So a reply cut by a reconnect is
// never replayed by the server: the resumed model waits for the candidate, and the candidate
// waits for the question. The client must notice and ask for the reply again.

export interface ReplyCutTracker {
  /** Reply audio or its transcription arrived. */
  modelOutput(): void;
  /** A sessionResumptionUpdate: `resumable: false` means the model is generating right now. */
  resumption(resumable: boolean): void;
  /** turnComplete or interrupted: the model has the floor no more. */
  turnEnded(): void;
  /** True when a switch now would cut a reply that the new connection will not replay. */
  readonly cut: boolean;
  /** The session moved to a new connection; nothing is being generated there yet. */
  reset(): void;
}

export function createReplyCutTracker(): ReplyCutTracker {
  let speaking = false;
  let generating = false;
  return {
    modelOutput: () => void (speaking = true),
    resumption: (resumable) => void (generating = !resumable),
    turnEnded: () => void (speaking = false),
    get cut() {
      return speaking || generating;
    },
    reset() {
      speaking = false;
      generating = false;
    },
  };
}
