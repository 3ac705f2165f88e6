import { describe, expect, it } from 'vitest';
import { interviewerActivity } from './interviewer-activity';

const base = { playing: false, now: 10_000, typedPending: false };

describe('interviewerActivity', () => {
  it('is speaking whenever its audio plays', () => {
    expect(interviewerActivity({ ...base, playing: true, lastCandidateAt: 9_900 })).toBe('speaking');
  });

  it('keeps speaking through a short gap between chunks, not after the reply ended', () => {
    expect(interviewerActivity({ ...base, stoppedPlayingAt: 9_800 })).toBe('speaking');
    expect(interviewerActivity({ ...base, stoppedPlayingAt: 9_500 })).toBe('listening');
  });

  it('listens while the candidate is still talking', () => {
    expect(interviewerActivity({ ...base, lastCandidateAt: 9_800, lastModelAt: 2_000 })).toBe('listening');
  });

  it('thinks once the candidate has been quiet for a moment and no reply started', () => {
    expect(interviewerActivity({ ...base, lastCandidateAt: 9_000, lastModelAt: 2_000 })).toBe('thinking');
  });

  it('thinks at once after a typed answer', () => {
    expect(interviewerActivity({ ...base, lastCandidateAt: 9_990, typedPending: true })).toBe('thinking');
  });

  it('listens after its own reply until the candidate says something', () => {
    expect(interviewerActivity({ ...base, lastCandidateAt: 5_000, lastModelAt: 6_000 })).toBe('listening');
    expect(interviewerActivity(base)).toBe('listening');
  });
});
