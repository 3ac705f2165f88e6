// Who has the floor, told to the three parts that care: the quiet gate (switch connections
// only when no reply is playing or being generated), the reply-cut tracker (ask for a cut
// reply again) and the stall watchdog (counts from the last activity of either side).

import type { QuietGate } from './quiet-gate';
import { createReplyCutTracker } from './reply-cut';
import type { StallWatchdog } from './watchdog';

export interface Floor {
  modelOutput(): void;
  /** A sign of life that is not reply audio: the candidate, a tool call, a typed answer. */
  activity(): void;
  interrupted(): void;
  turnComplete(): void;
  resumption(resumable: boolean): void;
  dropped(): void;
  /** At a switch: whether a reply was cut; the new connection starts with nothing in flight. */
  takeCut(): boolean;
}

export function createFloor(gate: QuietGate, watchdog: StallWatchdog): Floor {
  const reply = createReplyCutTracker();
  const sync = () => gate.setBusy(reply.cut);
  return {
    modelOutput() {
      reply.modelOutput();
      sync();
      watchdog.activity();
    },
    activity: () => watchdog.activity(),
    interrupted() {
      reply.turnEnded();
      sync();
      watchdog.activity();
    },
    turnComplete() {
      reply.turnEnded();
      sync();
      watchdog.settled();
    },
    resumption(resumable) {
      reply.resumption(resumable);
      sync();
    },
    dropped() {
      gate.setBusy(false);
      watchdog.stop();
    },
    takeCut() {
      const cut = reply.cut;
      reply.reset();
      gate.setBusy(false);
      return cut;
    },
  };
}
