// Merges the Live API's transcription fragments into turns, the lines of the transcript.
// Rules it keeps:
// - Every turn gets its `seq` when it opens, so turns are ordered by when they began (a
//   barge-in sits after the question it interrupted) and a turn written twice keeps one copy.
// - The interviewer's turn ends on turnComplete or interrupted; the candidate's ends when the
//   interviewer starts replying, or on a typed answer. Empty turns are dropped. A typed answer is
//   a turn of its own, marked `typed` (it has no speaking time).
// - A fragment that arrives shortly after its speaker's turn ended still belongs to that turn
//   (transcription is not ordered with the audio). The turn is handed out again, same seq.
//   Except when an interruption follows: then the candidate's words were a quick barge-in, and
//   they move out into a turn of their own after the interviewer's.
// - At a reconnect the open turns are closed, and the replay rules in transcript-replay.ts keep
//   a new connection that repeats or continues a line from adding a second copy of it.

import type { Speaker, Turn } from '../../../lib/interview';
import { appendFragment, finalText } from './transcript-text';
import { createReplayGuards, type ReplayVerdict } from './transcript-replay';

export interface TranscriptTurn extends Turn {
  /** The candidate cut the interviewer off. */
  interrupted: boolean;
  /** Still being spoken. */
  open: boolean;
  /** Set while the turn may be a repeat of turn `replayOf` after a reconnect; not shown meanwhile. */
  replayOf?: number;
}

/** How long after a turn ends a stray fragment of it is still accepted. */
export const LATE_FRAGMENT_MS = 1500;

export interface Transcript {
  /** A transcription fragment. Returns turns to (re)write: finished ones whose text changed. */
  fragment(role: Speaker, text: string, at: number): TranscriptTurn[];
  /** Reply audio arrived: the interviewer is speaking, so the candidate has finished. */
  modelOutput(at: number): TranscriptTurn[];
  interviewerDone(at: number, interrupted: boolean): TranscriptTurn[];
  typedAnswer(text: string, at: number): TranscriptTurn[];
  /** The session moved to a new connection. */
  boundary(at: number): TranscriptTurn[];
  finish(at: number): TranscriptTurn[];
  /** The turns to show, in order, open ones included. */
  visible(): TranscriptTurn[];
}

/** `firstSeq` continues the numbering of turns already stored for this interview. */
export function createTranscript(opts: { firstSeq?: number } = {}): Transcript {
  const turns: TranscriptTurn[] = [];
  const open: Partial<Record<Speaker, TranscriptTurn>> = {};
  const lastClosed: Partial<Record<Speaker, { turn: TranscriptTurn; at: number }>> = {};
  const guards = createReplayGuards();
  /** Candidate words added to their previous turn as late, until an interruption proves otherwise. */
  let lateTail: { turn: TranscriptTurn; before: string; text: string; at: number } | undefined;
  let nextSeq = opts.firstSeq ?? 1;

  const copy = (t: TranscriptTurn): TranscriptTurn => ({ ...t });

  function openTurn(role: Speaker, at: number, replayOf?: number): TranscriptTurn {
    const turn: TranscriptTurn = {
      seq: nextSeq++,
      role,
      text: '',
      startMs: at,
      endMs: at,
      interrupted: false,
      open: true,
    };
    if (replayOf !== undefined) turn.replayOf = replayOf;
    else guards.clear(); // someone said something new: the replay window is over
    turns.push(turn);
    open[role] = turn;
    return turn;
  }

  function remove(turn: TranscriptTurn) {
    turns.splice(turns.indexOf(turn), 1);
    if (open[turn.role] === turn) delete open[turn.role];
  }

  /** Closes the role's open turn; returns it when it has words to keep. */
  function closeTurn(role: Speaker, at: number, interrupted = false): TranscriptTurn[] {
    const turn = open[role];
    if (!turn) return [];
    delete open[role];
    if (turn.replayOf !== undefined && guards.verdict(turn) !== 'new') return (remove(turn), []);
    delete turn.replayOf;
    turn.open = false;
    turn.text = finalText(turn.text);
    if (role === 'interviewer') turn.endMs = at;
    turn.interrupted = interrupted;
    if (!turn.text) return (remove(turn), []);
    lastClosed[role] = { turn, at };
    return [copy(turn)];
  }

  function settleReplay(turn: TranscriptTurn): TranscriptTurn[] {
    const verdict: ReplayVerdict = guards.verdict(turn);
    if (verdict === 'replaying') return [];
    const original = turns.find((t) => t.seq === turn.replayOf);
    if (verdict === 'new' || !original) {
      delete turn.replayOf;
      guards.clear();
      return [];
    }
    // The new connection repeated the line (and maybe went on): the original line takes the text.
    original.text = guards.merge(original, turn);
    original.open = true;
    original.endMs = turn.endMs;
    remove(turn);
    open[original.role] = original;
    guards.clear();
    return [];
  }

  function lateTurn(role: Speaker, at: number): TranscriptTurn | undefined {
    const last = lastClosed[role];
    if (!last || at - last.at > LATE_FRAGMENT_MS || !turns.includes(last.turn)) return undefined;
    return answeredSince(last.turn) ? undefined : last.turn;
  }

  /**
   * The other speaker finished a turn after this one (e.g. a typed answer): words arriving now
   * belong to a new turn, however soon they come, or one question would swallow the next.
   */
  function answeredSince(turn: TranscriptTurn): boolean {
    return turns.slice(turns.indexOf(turn) + 1).some((t) => t.role !== turn.role && !t.open);
  }

  return {
    fragment(role, text, at) {
      const late = open[role] ? undefined : !guards.has(role, at) ? lateTurn(role, at) : undefined;
      if (late) {
        if (role === 'candidate') {
          if (lateTail?.turn !== late) lateTail = { turn: late, before: late.text, text: '', at };
          lateTail.text = appendFragment(lateTail.text, text);
        }
        late.text = finalText(appendFragment(late.text, text));
        return [copy(late)];
      }
      const changed = role === 'interviewer' && !open.interviewer ? closeTurn('candidate', at) : [];
      const turn = open[role] ?? openTurn(role, at, guards.has(role, at) ? guards.seqOf(role) : undefined);
      turn.text = appendFragment(turn.text, text);
      if (role === 'candidate') turn.endMs = at;
      return turn.replayOf !== undefined ? [...changed, ...settleReplay(turn)] : changed;
    },
    modelOutput(at) {
      if (open.interviewer) return [];
      const changed = closeTurn('candidate', at);
      openTurn('interviewer', at, guards.has('interviewer', at) ? guards.seqOf('interviewer') : undefined);
      return changed;
    },
    interviewerDone(at, interrupted) {
      const done = closeTurn('interviewer', at, interrupted);
      guards.drop('interviewer');
      const tail = lateTail;
      lateTail = undefined;
      if (!interrupted || !tail || at - tail.at > LATE_FRAGMENT_MS || open.candidate) return done;
      tail.turn.text = tail.before;
      const bargeIn = openTurn('candidate', tail.at);
      bargeIn.text = tail.text;
      return [...done, copy(tail.turn)];
    },
    typedAnswer(text, at) {
      const changed = closeTurn('candidate', at);
      const turn = openTurn('candidate', at);
      turn.text = text;
      turn.typed = true;
      return [...changed, ...closeTurn('candidate', at)];
    },
    boundary(at) {
      const cut = { interviewer: !!open.interviewer, candidate: !!open.candidate };
      const changed = [...closeTurn('interviewer', at), ...closeTurn('candidate', at)];
      guards.arm(turns, cut, at);
      // The old connection is gone: nothing late can arrive from it any more.
      delete lastClosed.interviewer;
      delete lastClosed.candidate;
      return changed;
    },
    finish(at) {
      return [...closeTurn('interviewer', at), ...closeTurn('candidate', at)];
    },
    visible: () => turns.filter((t) => t.replayOf === undefined && t.text).map(copy),
  };
}
