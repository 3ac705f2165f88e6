import type { Page } from 'playwright/test';
import { expect } from './fixtures.ts';

/**
 * Hands `setup` to the room the way the Setup screen does (sessionStorage), opens the room and
 * starts it. The room asks for a click only while the page has had no user gesture (autoplay
 * policy), and whether Chromium counts Playwright's evaluate as one varies: both are handled.
 */
export async function openRoomWith(page: Page, id: string, setup: Record<string, unknown>): Promise<void> {
  await page.goto('/');
  await page.evaluate(([key, value]) => sessionStorage.setItem(`mockingbird:setup:${key}`, JSON.stringify(value)), [
    id,
    setup,
  ] as const);
  await page.goto(`/interview/${id}`);
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  const started = page.getByText(/Getting your interview ready|Captions|could not start/).first();
  await expect(startButton.or(started)).toBeVisible();
  if (await startButton.isVisible()) await startButton.click();
}
