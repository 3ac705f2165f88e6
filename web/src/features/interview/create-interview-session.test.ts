import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createMemoryStore } from '../../services/storage/memory-store';
import { createInterviewSession } from './create-interview-session';
import { createFakeLiveClient, createFakeMic, createFakePlayer } from './testing/fakes';
import { SAMPLE_SETUP } from '../../lib/testing/sample-setup';

const setup: InterviewSetup = { ...SAMPLE_SETUP, lengthMinutes: 10 };

function roomSession(interviewId: string) {
  return createRoot((dispose) => {
    const clock = createManualClock(1000);
    // Frames that come at once: every snapshot reaches the store before the test reads it.
    const atOnce = { request: (cb: () => void) => (cb(), 0), cancel: () => {} };
    const room = createInterviewSession(
      {
        interviewId,
        setup,
        createLiveClient: () => createFakeLiveClient(),
        mic: createFakeMic(),
        player: createFakePlayer(),
        store: createMemoryStore(),
        clock,
      },
      atOnce,
    );
    return { ...room, dispose };
  });
}

describe('createInterviewSession: the room store', () => {
  it('never writes into the session’s own state, so the next room in the tab starts idle', async () => {
    const first = roomSession('first');
    const idlePhase = first.session.snapshot().phase;
    await first.session.start();
    await first.session.end();
    expect(first.state.phase).toEqual({ status: 'ended', by: 'candidate' });
    expect(idlePhase).toEqual({ status: 'idle' });
    first.dispose();

    const next = roomSession('next');
    expect(next.state.phase).toEqual({ status: 'idle' });
    await next.session.start();
    expect(next.state.phase).toEqual({ status: 'live' });
    next.dispose();
  });
});
