import type { Page } from 'playwright/test';
import { expect } from '../../support/fixtures.ts';
import { WHOLE_INTERVIEW } from './interview-script.ts';
import { SETUP } from './room.ts';

// A finished interview without a report, brought in through History's Import button (as a user
// moving to a new device would), so the report page starts by writing its report.

export function finishedInterviewBackup(id: string, now = Date.now()): string {
  const createdAt = now - 600_000;
  const turns = WHOLE_INTERVIEW.map(([role, text], i) => ({
    seq: i + 1,
    role,
    text,
    startMs: i * 6000,
    endMs: i * 6000 + 5000,
  }));
  const interview = { id, setup: SETUP, status: 'ended', createdAt, endedAt: createdAt + 30_000, durationMs: 30_000 };
  return JSON.stringify({
    format: 'mockingbird-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    interviews: [{ interview, turns }],
    prepPacks: [],
  });
}

export async function importFinishedInterview(page: Page, id: string): Promise<void> {
  await page.goto('/history');
  await page.getByLabel('Import a backup').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(finishedInterviewBackup(id)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 1 interview');
}
