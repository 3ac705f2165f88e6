import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { createSpeakingDetector } from './speaking-detector';

function setup() {
  const clock = createManualClock();
  const changes: string[] = [];
  const detector = createSpeakingDetector({
    clock,
    onChange: (s, source) => changes.push(`${s ? 'on' : 'off'}:${source}`),
  });
  return { clock, changes, detector };
}

describe('createSpeakingDetector', () => {
  it('follows the audio level, bridging pauses shorter than 400 ms', async () => {
    const { clock, changes, detector } = setup();
    detector.fromLevel(0.001);
    detector.fromLevel(0.2);
    detector.fromLevel(0.001);
    await clock.advance(300);
    detector.fromLevel(0.15); // a pause between words
    expect(changes).toEqual(['on:level']);
    detector.fromLevel(0);
    await clock.advance(400);
    expect(changes).toEqual(['on:level', 'off:level']);
  });

  it('trusts Tavus events once one arrives and ignores levels from then on', async () => {
    const { clock, changes, detector } = setup();
    detector.fromLevel(0.3);
    detector.fromTavus(false);
    detector.fromLevel(0.3);
    await clock.advance(1000);
    detector.fromTavus(true);
    detector.fromTavus(true);
    detector.fromLevel(0);
    await clock.advance(1000);
    expect(changes).toEqual(['on:level', 'off:tavus', 'on:tavus']);
  });

  it('cancels a pending release when disposed', async () => {
    const { clock, changes, detector } = setup();
    detector.fromLevel(0.3);
    detector.fromLevel(0);
    detector.dispose();
    await clock.advance(1000);
    expect(changes).toEqual(['on:level']);
    expect(clock.pendingTimers()).toBe(0);
  });
});
