import { describe, expect, it } from 'vitest';
import { closingWordsHeard } from './ending';

const call = { toolCallAt: 1000, turnCompleteAfterCall: false, playing: false };

describe('closingWordsHeard', () => {
  it('waits while the goodbye is still playing', () => {
    expect(closingWordsHeard({ ...call, now: 9000, turnCompleteAfterCall: true, playing: true })).toBe(false);
  });

  it('ends once the model completed its turn and playback stopped', () => {
    expect(closingWordsHeard({ ...call, now: 1500, turnCompleteAfterCall: true })).toBe(true);
  });

  it('gives a goodbye that follows the tool response time to start', () => {
    expect(closingWordsHeard({ ...call, now: 2500 })).toBe(false);
    expect(closingWordsHeard({ ...call, now: 2500, lastModelAt: 2400, playing: true })).toBe(false);
    expect(closingWordsHeard({ ...call, now: 5000, lastModelAt: 2400 })).toBe(false);
    expect(closingWordsHeard({ ...call, now: 5400, lastModelAt: 2400 })).toBe(true);
  });

  it('stops waiting after the limit even if audio keeps coming', () => {
    expect(closingWordsHeard({ ...call, now: 21_000, playing: true })).toBe(true);
  });
});
