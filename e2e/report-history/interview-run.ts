import type { Page } from 'playwright/test';
import { DEFAULT_SCRIPT } from '../fakes/gemini/interview-script.ts';
import { expect } from '../support/fixtures.ts';
import { openRoomWith } from '../support/open-room.ts';

// Drives the live room against the fake Gemini with typed answers, as a person would.

export const QUESTIONS = DEFAULT_SCRIPT.questions as [string, string, string];
// Long enough (over 60 words in any 2 answers) to pass the report's evidence floor
// (web/src/features/report/evidence-floor.ts), so a report with scores is written.
export const ANSWERS = [
  'I build Python web services with Django and FastAPI, mostly for payments. My team owns the checkout API and the refunds worker, and I look after the deploy pipeline for both of them.',
  'A slow report query: um, I profiled it and added the missing index. The page went from eight seconds to under one, and I wrote a test that fails if that query scans the whole table again.',
  'I would add monitoring before the problem reached users. An alert on the slowest queries would have caught it a week earlier, before the finance team had to ask us why the page hung.',
] as const;

export const SETUP = {
  topic: 'Python backend',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 10,
  patience: 'normal',
  avatar: false,
};

/**
 * Hands a setup to the room the way the setup screen does, then opens the room and starts, in
 * typed mode: every answer here is typed, and an open microphone hears Chromium's fake device
 * beep, which the room's energy detector can take for speech and let swallow a typed answer (as
 * in e2e/faults). A spec about an open microphone uses openRoomWith and SETUP itself.
 */
export const openRoom = (page: Page, id: string): Promise<void> =>
  openRoomWith(page, id, { ...SETUP, typedAnswers: true });

/** Waits for question `index` in the captions, then types the answer. */
export async function answer(page: Page, index: 0 | 1 | 2): Promise<void> {
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText(QUESTIONS[index], { timeout: 20_000 });
  const box = page.getByLabel('Type an answer');
  await box.fill(ANSWERS[index]);
  await box.press('Enter');
}
