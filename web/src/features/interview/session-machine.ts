// The interview session's status as one state machine: every change is an event given to
// `dispatch`, and `nextState` alone decides what it means in the current state. 'ended' and
// 'closed' are final, so "is it over?" has one answer. The microphone's state and the mute
// choice live in the same state, changed the same way.

import type { LiveEvents } from '../../services/live/types';
import type { SessionFailure } from './session-errors';
import type { PrepStep, SessionPhase } from './session-types';
import type { TurnDisplay } from './turn/turn-display';

export interface SessionState {
  phase: SessionPhase;
  /** 'on' once capture started; 'off' before, and again after the device went away. */
  mic: 'off' | 'on';
  muted: boolean;
  /** The candidate's turn as the room shows it ('off' while the server's detection owns turns). */
  turn: TurnDisplay;
}

export type SessionEvent =
  | { type: 'prepare'; step: PrepStep }
  | { type: 'mic'; mic: 'off' | 'on' }
  | { type: 'mute'; muted: boolean }
  | { type: 'turn'; turn: TurnDisplay }
  | { type: 'link'; state: LiveEvents['connection']['state']; step?: 'token' | 'socket' }
  | { type: 'live' }
  | { type: 'ending'; by: 'interviewer' | 'candidate' }
  | { type: 'ended'; by: 'interviewer' | 'candidate' }
  | { type: 'failed'; failure: SessionFailure }
  | { type: 'closed' };

export const INITIAL_SESSION_STATE: SessionState = {
  phase: { status: 'idle' },
  mic: 'off',
  muted: false,
  turn: { status: 'off' },
};

/** The interview is over for good: ended, or its room closed. */
export function isOver(phase: SessionPhase): boolean {
  return phase.status === 'ended' || phase.status === 'closed';
}

/** A start is only taken from the first screen or an error: a second click does nothing. */
export function canStart(phase: SessionPhase): boolean {
  return phase.status === 'idle' || phase.status === 'error';
}

/** How the connection's progress shows in the phase: only a few of its changes matter. */
function linkPhase(phase: SessionPhase, event: Extract<SessionEvent, { type: 'link' }>): SessionPhase {
  if (phase.status === 'preparing' && event.state === 'connecting')
    return { status: 'preparing', step: event.step === 'socket' ? 'connecting' : 'token' };
  if (phase.status === 'live' && event.state === 'reconnecting') return { status: 'reconnecting' };
  if (phase.status === 'reconnecting' && event.state === 'open') return { status: 'live' };
  return phase;
}

function nextPhase(phase: SessionPhase, event: SessionEvent): SessionPhase {
  switch (event.type) {
    case 'prepare':
      return { status: 'preparing', step: event.step };
    case 'link':
      return linkPhase(phase, event);
    case 'live':
      return { status: 'live' };
    case 'ending':
      return phase.status === 'ending' ? phase : { status: 'ending', by: event.by };
    case 'ended':
      return { status: 'ended', by: event.by };
    case 'failed':
      return { status: 'error', ...event.failure };
    case 'closed':
      return { status: 'closed' };
    default:
      return phase;
  }
}

/** The state after `event`; the same object when nothing changed. */
export function nextState(state: SessionState, event: SessionEvent): SessionState {
  if (event.type === 'mic') return state.mic === event.mic ? state : { ...state, mic: event.mic };
  if (event.type === 'mute') return state.muted === event.muted ? state : { ...state, muted: event.muted };
  if (event.type === 'turn') return isOver(state.phase) ? state : { ...state, turn: event.turn };
  if (isOver(state.phase)) return state;
  const phase = nextPhase(state.phase, event);
  return phase === state.phase ? state : { ...state, phase };
}

export interface SessionMachine {
  state(): SessionState;
  dispatch(event: SessionEvent): void;
}

/** Holds the state; `onChange` hears every dispatch that changed it. */
export function createSessionMachine(onChange: () => void): SessionMachine {
  // A copy per machine: no session shares a phase object with another one.
  let state: SessionState = { ...INITIAL_SESSION_STATE, phase: { status: 'idle' }, turn: { status: 'off' } };
  return {
    state: () => state,
    dispatch(event) {
      const next = nextState(state, event);
      if (next === state) return;
      state = next;
      onChange();
    },
  };
}
