import type { Locator, Page } from 'playwright/test';
import { expect } from '../../support/fixtures.ts';
import type { Line } from './interview-script.ts';

// Drives the interview room the way a candidate does, and reads what it shows. The setup is
// handed over in sessionStorage exactly as the setup screen's Start button does.

export const SETUP = {
  topic: 'Payments backend',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 10,
  patience: 'normal',
  avatar: false,
};

export async function handOverSetup(page: Page, id: string, setup: Record<string, unknown> = {}): Promise<void> {
  await page.goto('/');
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
    `mockingbird:setup:${id}`,
    JSON.stringify({ ...SETUP, ...setup }),
  ] as const);
}

/** Opens the room and starts it; the room asks for a click only when the page had no gesture yet. */
/**
 * Fault specs type their answers, so the room opens in typed mode with the microphone closed
 * unless a spec asks for it: open, Chromium's fake device beeps, and the energy detector (in charge
 * until Silero loads) can take a beep for speech and swallow a typed answer.
 */
export async function openRoom(page: Page, id: string, setup: Record<string, unknown> = {}): Promise<void> {
  await handOverSetup(page, id, { typedAnswers: true, ...setup });
  await page.goto(`/interview/${id}`);
  const startButton = page.getByRole('button', { name: 'Start the interview' });
  await expect(startButton.or(page.locator('.preparing, .room-grid, .room-error')).first()).toBeVisible({
    timeout: 15_000,
  });
  if (await startButton.isVisible()) await startButton.click();
}

export const captions = (page: Page): Locator => page.getByRole('region', { name: 'Captions' });
export const roomAlert = (page: Page): Locator => page.locator('.room-error[role="alert"]');

export async function waitForLine(page: Page, text: string, timeout = 20_000): Promise<void> {
  await expect(captions(page)).toContainText(text, { timeout });
}

export async function typeAnswer(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Type an answer');
  await box.fill(text);
  await box.press('Enter');
}

/** The captions the room shows right now, as [role, text] lines. */
export async function captionLines(page: Page): Promise<Line[]> {
  return page
    .locator('.caption-list > li.caption')
    .evaluateAll((items) =>
      items.map(
        (li) =>
          [
            (li as HTMLElement).dataset.role === 'candidate' ? 'candidate' : 'interviewer',
            (li.querySelector('.caption-text')?.textContent ?? '').replace(/ —$/, ''),
          ] as const,
      ),
    );
}

/**
 * Keeps the last captions and every room status seen, in window.__faultRoom, so a spec can
 * check what the room showed even after the app moved on to the report.
 */
export async function watchRoom(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { states: [] as string[], alerts: [] as string[], captions: [] as [string, string][] };
    Reflect.set(window, '__faultRoom', seen);
    const look = () => {
      const state = document.querySelector('.room .state')?.textContent?.replace('Interviewer: ', '');
      if (state && seen.states.at(-1) !== state) seen.states.push(state);
      const alert = document.querySelector('.room-error')?.textContent;
      if (alert && seen.alerts.at(-1) !== alert) seen.alerts.push(alert);
      const items = document.querySelectorAll('.caption-list > li.caption');
      if (items.length) {
        seen.captions = [...items].map((li) => [
          (li as HTMLElement).dataset.role ?? '',
          (li.querySelector('.caption-text')?.textContent ?? '').replace(/ —$/, ''),
        ]);
      }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export interface RoomSeen {
  states: string[];
  alerts: string[];
  captions: Line[];
}

export const roomSeen = (page: Page): Promise<RoomSeen> =>
  page.evaluate(() => Reflect.get(window, '__faultRoom') as RoomSeen);
