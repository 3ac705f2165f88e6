// The interview session inside Solid's lifecycle: its snapshot becomes a store the room's
// components read, and leaving the page disposes of the session.

import { onCleanup } from 'solid-js';
import { createFrameBatcher, type FrameScheduler } from '../../lib/frame-batcher';
import { animationFrameScheduler } from '../../lib/frame-scheduler';
import { createStore, reconcile } from 'solid-js/store';
import { makeInterviewSession, type InterviewSession, type InterviewSessionDeps } from './interview-session';
import type { SessionSnapshot } from './session-types';

/** `frames`: when the store takes the newest snapshot (once per animation frame; a test's own). */
export function createInterviewSession(
  deps: InterviewSessionDeps,
  frames: FrameScheduler = animationFrameScheduler(),
): { state: SessionSnapshot; session: InterviewSession } {
  const session = makeInterviewSession(deps);
  // The store gets copies: a Solid store adopts the objects it is given and reconcile later
  // writes into them in place, which once turned the machine's shared initial 'idle' phase into
  // the last interview's 'ended', so the next room ended before it started.
  const [state, setState] = createStore<SessionSnapshot>(structuredClone(session.snapshot()));
  // Keyed by seq, so a caption line that gains a word updates in place instead of re-rendering all.
  // Several changes can come in one frame (a batch of Live events, a tick, a save): the store
  // takes only the newest snapshot, once per frame, so the room renders and lays out once.
  const newest = createFrameBatcher<SessionSnapshot>(frames, (snapshots) => {
    const s = snapshots.at(-1);
    if (s) setState(reconcile(structuredClone(s), { key: 'seq' }));
  });
  const off = session.subscribe((s) => newest.push(s));
  onCleanup(() => {
    off();
    newest.dispose();
    void session.dispose();
  });
  return { state, session };
}
