import type { Page } from 'playwright/test';
import type { FakeGemini } from '../fakes/fake-gemini.ts';
import { DEFAULT_VOICE, synthesizeUtterance } from '../fakes/gemini/synthetic-voice.ts';
import { expect } from '../support/fixtures.ts';
import { openRoomWith } from '../support/open-room.ts';

// The avatar spec's steps and readings: open a room with the avatar chosen, read back what the
// fake Gemini said, and collect the echo figures the app reports when its avatar closes.

export const SETUP = {
  topic: 'Python backend',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 10,
  patience: 'normal',
  avatar: true,
  // Every answer here is typed. With the microphone open, the room's detector (the energy one,
  // until Silero loads after the first turn) takes the fake device's beeps for speech and cuts
  // the greeting as it starts.
  typedAnswers: true,
};

/** Seeds the setup the Setup screen would hand over (avatar chosen), and opens the room. */
export const openAvatarRoom = (page: Page, id: string): Promise<void> => openRoomWith(page, id, SETUP);

export const avatarVideo = (page: Page) => page.locator('figure.interviewer[data-view="avatar"] video');
export const orb = (page: Page) => page.locator('figure.interviewer[data-view="orb"] .orb');

/** The replica's face is on screen and moving: the video element has decoded frames. */
export async function expectFaceShowing(page: Page): Promise<void> {
  await expect(avatarVideo(page)).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(() => avatarVideo(page).evaluate((v: HTMLVideoElement) => v.readyState >= 2 && v.videoWidth > 0), {
      timeout: 5000,
    })
    .toBe(true);
}

export async function answerByTyping(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Type an answer');
  await box.fill(text);
  await box.press('Enter');
}

/** The 24 kHz PCM the fake Gemini streamed for its n-th utterance (1-based), checked against its own record. */
export function geminiUtteranceAudio(gemini: FakeGemini, n: number): Int16Array {
  const conv = gemini.control.latestConversation();
  const utterance = conv.utterances.find((u) => u.id === n);
  if (!utterance) throw new Error(`The fake Gemini has no utterance ${n}.`);
  const pcm = synthesizeUtterance(utterance.text, DEFAULT_VOICE);
  const streamed = conv.sent.filter((s) => s.utteranceId === n).reduce((sum, s) => sum + s.samples, 0);
  expect(streamed, 'the fake Gemini streamed the whole utterance').toBe(pcm.length);
  return pcm;
}

/** Index of the first sample that differs, or -1 when `actual` starts with exactly `expected`. */
export function firstDifference(actual: Int16Array, expected: Int16Array): number {
  if (actual.length < expected.length) return actual.length;
  for (let i = 0; i < expected.length; i++) if (actual[i] !== expected[i]) return i;
  return -1;
}

export interface ReportedEchoStats {
  addedLatencyMs: { median: number; p95: number; samples: number };
  messagesPerSecond: number;
  peakMessagesPerSecond: number;
  messagesSent: number;
  longestMessageChars: number;
}

/** The echo figures the room logs when its avatar closes (AvatarSession.stats()). */
export function collectEchoStats(page: Page): ReportedEchoStats[] {
  const seen: ReportedEchoStats[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'info' || !msg.text().startsWith('Mockingbird avatar echo:')) return;
    void msg
      .args()[1]
      ?.jsonValue()
      .then((value: ReportedEchoStats) => seen.push(value));
  });
  return seen;
}

/** The interview's turns as saved in the browser (IndexedDB), in order. */
export function storedTurnTexts(page: Page, id: string): Promise<string[]> {
  return page.evaluate(async (interviewId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mockingbird');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
    });
    const request = db.transaction('turns').objectStore('turns').index('byInterview').getAll(interviewId);
    const turns = await new Promise<{ seq: number; text: string }[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as { seq: number; text: string }[]);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
    db.close();
    return turns.sort((a, b) => a.seq - b.seq).map((t) => t.text);
  }, id);
}
