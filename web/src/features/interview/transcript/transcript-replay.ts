// After a reconnect, the new connection may repeat what the old one already transcribed (a
// resumed model re-speaking its cut-off line), continue it, or say something new. A guard per
// speaker remembers the line that was open at the reconnect (or had just ended) and judges the
// new connection's first turn by its words:
// - still a prefix of the guarded line → 'replaying' (held back, dropped if it ends there);
// - the whole guarded line and more → 'extends' (the guarded line takes the longer text);
// - shares its first words, then differs → 'new' (a regenerated line stands on its own);
// - shares nothing, and the candidate's line was cut → 'continues' (they kept talking across
//   the switch, so it is still one answer); otherwise → 'new'.
// A guard ends when anyone says something new, when its speaker's turn ends, or after a while.

import type { Speaker } from '../../../lib/interview';
import { appendWords, finalText, wordsOf } from './transcript-text';

export type ReplayVerdict = 'replaying' | 'extends' | 'continues' | 'new';

/** A line that ended this long before the reconnect can still be repeated by it. */
export const REPLAY_WINDOW_MS = 10_000;
export const GUARD_LIFETIME_MS = 15_000;

interface TurnLike {
  seq: number;
  role: Speaker;
  text: string;
  endMs: number;
  replayOf?: number;
}

interface Guard {
  seq: number;
  words: string;
  cut: boolean;
  until: number;
}

export function createReplayGuards() {
  let guards: Partial<Record<Speaker, Guard>> = {};

  function verdict(turn: TurnLike): ReplayVerdict {
    const g = guards[turn.role];
    if (!g) return 'new';
    const words = wordsOf(turn.text);
    if (g.words.startsWith(words)) return 'replaying';
    if (words === g.words || words.startsWith(`${g.words} `)) return 'extends';
    if (sharesFirstWord(words, g.words)) return 'new';
    return g.cut && turn.role === 'candidate' ? 'continues' : 'new';
  }

  return {
    arm(turns: readonly TurnLike[], cut: Record<Speaker, boolean>, at: number) {
      guards = {};
      for (const role of ['interviewer', 'candidate'] as const) {
        const last = turns.findLast((t) => t.role === role && t.replayOf === undefined);
        if (!last || (!cut[role] && at - last.endMs > REPLAY_WINDOW_MS)) continue;
        const words = wordsOf(last.text);
        if (words) guards[role] = { seq: last.seq, words, cut: cut[role], until: at + GUARD_LIFETIME_MS };
      }
    },
    has(role: Speaker, at: number): boolean {
      const g = guards[role];
      if (g && at > g.until) delete guards[role];
      return !!guards[role];
    },
    seqOf: (role: Speaker) => guards[role]?.seq,
    verdict,
    /** The text the guarded line takes when the new turn extends or continues it. */
    merge(original: TurnLike, turn: TurnLike): string {
      return verdict(turn) === 'continues' ? appendWords(original.text, turn.text) : finalText(turn.text);
    },
    drop(role: Speaker) {
      delete guards[role];
    },
    clear() {
      guards = {};
    },
  };
}

function sharesFirstWord(a: string, b: string): boolean {
  const first = a.split(' ')[0];
  return !!first && first === b.split(' ')[0];
}
