// The interview session inside Solid's lifecycle: its snapshot becomes a store the room's
// components read, and leaving the page disposes of the session.

import { onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { makeInterviewSession, type InterviewSession, type InterviewSessionDeps } from './interview-session';
import type { SessionSnapshot } from './session-types';

export function createInterviewSession(deps: InterviewSessionDeps): {
  state: SessionSnapshot;
  session: InterviewSession;
} {
  const session = makeInterviewSession(deps);
  // The store gets copies: a Solid store adopts the objects it is given and reconcile later
  // writes into them in place, which once turned the machine's shared initial 'idle' phase into
  // the last interview's 'ended', so the next room ended before it started.
  const [state, setState] = createStore<SessionSnapshot>(structuredClone(session.snapshot()));
  // Keyed by seq, so a caption line that gains a word updates in place instead of re-rendering all.
  const off = session.subscribe((s) => setState(reconcile(structuredClone(s), { key: 'seq' })));
  onCleanup(() => {
    off();
    void session.dispose();
  });
  return { state, session };
}
