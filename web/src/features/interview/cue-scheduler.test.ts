import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createCueScheduler, timeCueThresholds, type Cue, type CueFacts } from './cue-scheduler';

const MIN = 60_000;

/** A conversation the test steers: interview time follows the manual clock from `startAt`. */
function setup(targetMs: number, startAt = 0, silenceMs = 20_000) {
  const clock = createManualClock(1000);
  const origin = clock.now() - startAt;
  const facts: Omit<CueFacts, 'elapsedMs'> = {
    active: true,
    interviewerSpeaking: false,
    candidateAnswering: true,
    quietForMs: undefined,
  };
  const sent: Cue[] = [];
  const scheduler = createCueScheduler({
    clock,
    targetMs,
    silenceMs,
    facts: () => ({ ...facts, elapsedMs: clock.now() - origin }),
    send: (cue) => sent.push(cue),
  });
  const kinds = () => sent.map((c) => c.kind);
  return { clock, facts, sent, kinds, scheduler };
}

describe('timeCueThresholds', () => {
  it('places half-time, three minutes left and one minute left in time order', () => {
    expect(timeCueThresholds(20 * MIN)).toEqual([
      { kind: 'half-time', atMs: 10 * MIN },
      { kind: 'three-minutes-left', atMs: 17 * MIN },
      { kind: 'one-minute-left', atMs: 19 * MIN },
    ]);
  });
});

describe('createCueScheduler', () => {
  it('sends half-time, three minutes left and one minute left once each, at their times', async () => {
    const { clock, kinds, sent, scheduler } = setup(20 * MIN);
    scheduler.start();
    await clock.advance(10 * MIN - 2000);
    expect(kinds()).toEqual([]);
    await clock.advance(2000);
    expect(kinds()).toEqual(['half-time']);
    await clock.advance(7 * MIN);
    expect(kinds()).toEqual(['half-time', 'three-minutes-left']);
    await clock.advance(2 * MIN);
    expect(kinds()).toEqual(['half-time', 'three-minutes-left', 'one-minute-left']);
    await clock.advance(5 * MIN);
    expect(sent).toHaveLength(3);
    expect(sent[1]).toMatchObject({ elapsedMs: 17 * MIN, targetMs: 20 * MIN });
  });

  it('never sends while the interviewer is speaking, and sends once it stops', async () => {
    const { clock, facts, kinds, scheduler } = setup(10 * MIN);
    scheduler.start();
    facts.interviewerSpeaking = true;
    await clock.advance(5 * MIN + 30_000);
    expect(kinds()).toEqual([]);
    facts.interviewerSpeaking = false;
    await clock.advance(1000);
    expect(kinds()).toEqual(['half-time']);
  });

  it('holds a due cue for the candidate to answer, then sends it at a quiet moment after the hold', async () => {
    const { clock, facts, kinds, scheduler } = setup(10 * MIN);
    scheduler.start();
    facts.candidateAnswering = false;
    await clock.advance(5 * MIN + 5000);
    expect(kinds()).toEqual([]);
    facts.candidateAnswering = true;
    await clock.advance(1000);
    expect(kinds()).toEqual(['half-time']);
    facts.candidateAnswering = false;
    await clock.advance(2 * MIN + 1000);
    expect(kinds()).toEqual(['half-time']);
    await clock.advance(10_000);
    expect(kinds()).toEqual(['half-time', 'three-minutes-left']);
  });

  it('sends only the latest of several cues that fell due together', async () => {
    const { clock, facts, kinds, scheduler } = setup(20 * MIN);
    scheduler.start();
    facts.active = false;
    await clock.advance(18 * MIN);
    facts.active = true;
    await clock.advance(1000);
    expect(kinds()).toEqual(['three-minutes-left']);
  });

  it('does not repeat cues already passed when it starts late (a reload): the continuation states the time', async () => {
    const { clock, kinds, scheduler } = setup(20 * MIN, 12 * MIN);
    scheduler.start();
    await clock.advance(4 * MIN);
    expect(kinds()).toEqual([]);
    await clock.advance(1 * MIN);
    expect(kinds()).toEqual(['three-minutes-left']);
  });

  it('sends nothing while the room is not live', async () => {
    const { clock, facts, kinds, scheduler } = setup(10 * MIN);
    scheduler.start();
    facts.active = false;
    facts.quietForMs = 60_000;
    await clock.advance(12 * MIN);
    expect(kinds()).toEqual([]);
  });

  it('cues a long silence once, and again only after someone spoke', async () => {
    const { clock, facts, kinds, scheduler } = setup(30 * MIN);
    scheduler.start();
    facts.quietForMs = 19_000;
    await clock.advance(1000);
    expect(kinds()).toEqual([]);
    facts.quietForMs = 21_000;
    await clock.advance(1000);
    facts.quietForMs = 40_000;
    await clock.advance(5000);
    expect(kinds()).toEqual(['silence']);
    facts.quietForMs = undefined; // the interviewer checks in
    await clock.advance(1000);
    facts.quietForMs = 25_000;
    await clock.advance(1000);
    expect(kinds()).toEqual(['silence', 'silence']);
  });

  it('treats a shorter quiet than before as a new silence', async () => {
    const { clock, facts, kinds, scheduler } = setup(30 * MIN);
    scheduler.start();
    facts.quietForMs = 30_000;
    await clock.advance(1000);
    facts.quietForMs = 2000;
    await clock.advance(1000);
    facts.quietForMs = 22_000;
    await clock.advance(1000);
    expect(kinds()).toEqual(['silence', 'silence']);
  });

  it('stops sending once stopped', async () => {
    const { clock, kinds, scheduler } = setup(10 * MIN);
    scheduler.start();
    scheduler.stop();
    await clock.advance(11 * MIN);
    expect(kinds()).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });
});
