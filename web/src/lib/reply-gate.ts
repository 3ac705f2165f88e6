// The interviewer's reply, held back while the room hands a finished-sounding answer over early
// (features/interview/turn/early-hand-over.ts). The model may already be composing, but the
// candidate must hear and see nothing of it until the room is sure the answer is over:
// - 'hold': what arrives is kept, in order;
// - 'release': what was kept goes out, in order, and later items pass straight through;
// - 'drop': the candidate went on speaking (a take-back): what was kept is discarded, and so is
//   whatever of that abandoned reply still arrives, until the next 'hold' or 'release'.
// The same gate runs on the page (reply events: audio, words, turn ends) and in the Live worker
// (reply samples on their way to the playback worklet), each told the same actions.

export type ReplyAction = 'hold' | 'release' | 'drop';

export interface ReplyGate<T> {
  /** An item of the reply: delivered now, kept, or discarded, by the last action. */
  push(item: T): void;
  apply(action: ReplyAction): void;
  /** Items kept right now. */
  readonly held: number;
}

export function createReplyGate<T>(deliver: (item: T) => void): ReplyGate<T> {
  let mode: 'pass' | 'hold' | 'drop' = 'pass';
  let kept: T[] = [];
  return {
    push(item) {
      if (mode === 'pass') deliver(item);
      else if (mode === 'hold') kept.push(item);
    },
    apply(action) {
      const out = action === 'release' ? kept : [];
      kept = [];
      mode = action === 'release' ? 'pass' : action;
      out.forEach(deliver);
    },
    get held() {
      return kept.length;
    },
  };
}
