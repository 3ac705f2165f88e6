import { describe, expect, it } from 'vitest';
import {
  INITIAL_SESSION_STATE,
  canStart,
  createSessionMachine,
  isOver,
  nextState,
  type SessionEvent,
  type SessionState,
} from './session-machine';

const run = (events: SessionEvent[], from: SessionState = INITIAL_SESSION_STATE) => events.reduce(nextState, from);
const failure = { kind: 'token' as const, message: 'The access code is wrong.' };

describe('the session state machine', () => {
  it('starts idle, with the microphone off and nothing muted', () => {
    expect(INITIAL_SESSION_STATE).toEqual({
      phase: { status: 'idle' },
      mic: 'off',
      muted: false,
      turn: { status: 'off' },
    });
    expect(canStart(INITIAL_SESSION_STATE.phase)).toBe(true);
  });

  it('walks the preparation steps as the connection progresses, then goes live', () => {
    const state = run([
      { type: 'prepare', step: 'microphone' },
      { type: 'prepare', step: 'token' },
      { type: 'link', state: 'connecting', step: 'socket' },
    ]);
    expect(state.phase).toEqual({ status: 'preparing', step: 'connecting' });
    expect(canStart(state.phase)).toBe(false);
    expect(run([{ type: 'live' }], state).phase).toEqual({ status: 'live' });
  });

  it('shows a reconnect only while live, and goes back to live when the connection opens', () => {
    const live = run([{ type: 'live' }]);
    const reconnecting = run([{ type: 'link', state: 'reconnecting' }], live);
    expect(reconnecting.phase).toEqual({ status: 'reconnecting' });
    expect(run([{ type: 'link', state: 'open' }], reconnecting).phase).toEqual({ status: 'live' });
    const preparing = run([
      { type: 'prepare', step: 'token' },
      { type: 'link', state: 'reconnecting' },
    ]);
    expect(preparing.phase).toEqual({ status: 'preparing', step: 'token' });
  });

  it('keeps who ended first when both the interviewer and the candidate end', () => {
    const state = run([{ type: 'live' }, { type: 'ending', by: 'interviewer' }, { type: 'ending', by: 'candidate' }]);
    expect(state.phase).toEqual({ status: 'ending', by: 'interviewer' });
  });

  it('changes nothing about the phase once ended or closed, whatever arrives late', () => {
    for (const final of [{ type: 'ended', by: 'candidate' }, { type: 'closed' }] as const) {
      const over = run([{ type: 'live' }, final]);
      expect(isOver(over.phase)).toBe(true);
      expect(
        run([{ type: 'failed', failure }, { type: 'live' }, { type: 'link', state: 'reconnecting' }], over).phase,
      ).toEqual(over.phase);
      expect(canStart(over.phase)).toBe(false);
    }
  });

  it('lets a failure be retried, and keeps the microphone and mute apart from the phase', () => {
    const failed = run([
      { type: 'prepare', step: 'token' },
      { type: 'mic', mic: 'on' },
      { type: 'failed', failure },
    ]);
    expect(failed).toEqual({
      phase: { status: 'error', ...failure },
      mic: 'on',
      muted: false,
      turn: { status: 'off' },
    });
    expect(canStart(failed.phase)).toBe(true);
    expect(run([{ type: 'mute', muted: true }], failed).muted).toBe(true);
  });

  it('shows the candidate’s turn while the interview runs, and freezes it once over', () => {
    const counting = run([
      { type: 'live' },
      { type: 'turn', turn: { status: 'countdown', leftMs: 900, totalMs: 1200 } },
    ]);
    expect(counting.turn).toEqual({ status: 'countdown', leftMs: 900, totalMs: 1200 });
    const ended = run(
      [
        { type: 'ended', by: 'candidate' },
        { type: 'turn', turn: { status: 'speaking' } },
      ],
      counting,
    );
    expect(ended.turn).toEqual(counting.turn);
  });

  it('tells its listener only about changes', () => {
    let changes = 0;
    const machine = createSessionMachine(() => changes++);
    machine.dispatch({ type: 'prepare', step: 'token' });
    machine.dispatch({ type: 'link', state: 'open' });
    expect(changes).toBe(1);
  });

  it('gives each machine its own idle phase, so no session can change how the next one starts', () => {
    const first = createSessionMachine(() => {});
    const next = createSessionMachine(() => {});
    expect(first.state().phase).not.toBe(next.state().phase);
    expect(next.state().phase).not.toBe(INITIAL_SESSION_STATE.phase);
    expect(next.state()).toEqual(INITIAL_SESSION_STATE);
  });
});
