import { describe, expect, it } from 'vitest';
import { createEchoStats, percentile } from './echo-stats';

describe('percentile', () => {
  it('uses the nearest rank and is NaN without samples', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('createEchoStats', () => {
  it('measures from each chunk’s arrival to the send of the message carrying its start', () => {
    const stats = createEchoStats();
    stats.sent(100, [100], 3000); // sent at once
    stats.sent(160, [], 3000);
    stats.sent(250, [200, 230], 4000); // waited 50 and 20 ms
    const { addedLatencyMs, longestMessageChars, messagesSent } = stats.snapshot();
    expect(addedLatencyMs).toEqual({ median: 20, p95: 50, samples: 3 });
    expect(longestMessageChars).toBe(4000);
    expect(messagesSent).toBe(3);
  });

  it('reports the rate within replies, not across the silences between them', () => {
    const stats = createEchoStats();
    for (let i = 0; i <= 20; i++) stats.sent(i * 50, [], 100); // 20 gaps in 1 s
    stats.turnEnded();
    for (let i = 0; i <= 10; i++) stats.sent(60_000 + i * 100, [], 100); // 10 gaps in 1 s, a minute later
    const { messagesPerSecond, peakMessagesPerSecond } = stats.snapshot();
    expect(messagesPerSecond).toBeCloseTo(15, 5);
    expect(peakMessagesPerSecond).toBe(20); // 0..950 ms: 20 sends within one second
  });

  it('ignores one-message turns for the rate, which would divide by zero', () => {
    const stats = createEchoStats();
    stats.sent(0, [0], 100);
    stats.turnEnded();
    expect(stats.snapshot().messagesPerSecond).toBe(0);
    expect(stats.snapshot().peakMessagesPerSecond).toBe(1);
  });
});
