import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaunchOptions } from 'playwright';
import { chromiumLaunchOptions } from '../../e2e/support/chromium.ts';
import { speechWav } from '../../e2e/support/speech.ts';

// The candidate's side of a steady conversation: Chromium's fake microphone loops one spoken
// answer followed by a pause long enough for the interviewer's short reply, so the fake
// interviewer hears an answer, replies, and hears the next one, for as long as the run needs.

export const ANSWER = 'I built the payments service.';
/**
 * Silence around each answer, 2.6 s between answers in the loop: the Quick patience (0.5 s), a
 * short question (about 1.5 s, see LIVE_SCRIPT) and a margin, so replies do not overlap answers.
 */
export const PAUSE_BEFORE_ANSWER_S = 2;
export const PAUSE_AFTER_ANSWER_S = 0.6;

/** The WAV's path, copied out of e2e/.artifacts (a Playwright run elsewhere may empty that folder). */
export function conversationMic(): string {
  const made = speechWav(ANSWER, { padBeforeSeconds: PAUSE_BEFORE_ANSWER_S, padAfterSeconds: PAUSE_AFTER_ANSWER_S });
  const path = join(mkdtempSync(join(tmpdir(), 'mockingbird-bench-mic-')), 'answer-loop.wav');
  copyFileSync(made.path, path);
  return path;
}

/** The fake interviewer's lines for the conversation: a short greeting and many short questions. */
export const LIVE_SCRIPT = {
  greeting: 'Hi.',
  questions: Array.from({ length: 80 }, (_, i) => `What happened next, part ${i + 1}?`),
};

/**
 * The e2e launch flags, with the answer on a loop (no `%noloop`). Local Network Access checks
 * are off for both strategies alike: the baseline's pages are fulfilled by Playwright
 * (bench/app/baseline-site.ts), which Chromium does not count as a loopback page, so it would
 * block their socket to the fake Gemini on 127.0.0.1 (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECK).
 */
export function loopingMicLaunchOptions(wavPath: string): LaunchOptions {
  const base = chromiumLaunchOptions();
  return {
    ...base,
    args: [
      ...(base.args ?? []),
      `--use-file-for-fake-audio-capture=${wavPath}`,
      '--disable-features=LocalNetworkAccessChecks',
    ],
  };
}
