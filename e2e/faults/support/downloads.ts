import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright/test';
import type { Line } from './interview-script.ts';

// Reads a file the app offers for download, and the transcript lines in it.

export async function download(button: Locator): Promise<{ name: string; text: string }> {
  const page = button.page();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/**
 * The lines of a Markdown transcript ("**Interviewer** (00:03): text", a typed answer's time
 * reading "(01:10, typed)"), Markdown escapes undone.
 */
export function markdownLines(markdown: string): Line[] {
  const lines: Line[] = [];
  for (const match of markdown.matchAll(/^\*\*(Interviewer|Candidate)\*\* \(\d\d:\d\d(?:, typed)?\): (.*)$/gm)) {
    lines.push([match[1] === 'Candidate' ? 'candidate' : 'interviewer', (match[2] ?? '').replace(/\\(.)/g, '$1')]);
  }
  return lines;
}
