import type { Page } from 'playwright';
import type { AudioStrategyName } from './room.ts';

// Rooms of ours and of the baseline build, one after the other, `runs` of each: a change in the
// machine's load then hits both alike.

export async function alternateRooms<T>(
  runs: number,
  oneRoom: (strategy: AudioStrategyName) => Promise<T>,
): Promise<{ ours: T[]; baseline: T[] }> {
  const ours: T[] = [];
  const baseline: T[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await oneRoom('mockingbird'));
    baseline.push(await oneRoom('baseline'));
  }
  return { ours, baseline };
}

/**
 * Waits for an interviewer caption line with words in it. Not getByText('Interviewer'): that also
 * matches the empty list's hint ("…you and the interviewer speak"), on screen before anything was
 * said, so a room would be measured before its greeting.
 */
export async function waitForInterviewerLine(page: Page): Promise<void> {
  await page
    .locator('li.caption[data-role="interviewer"] .caption-text')
    .filter({ hasText: /\w/u })
    .first()
    .waitFor({ timeout: 30_000 });
}
