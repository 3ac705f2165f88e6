import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright/test';
import { DEFAULT_SCRIPT } from './fakes/gemini/interview-script.ts';
import { envelope } from './fakes/shared/pcm.ts';
import { expect, test } from './support/fixtures.ts';
import { openRoomWith } from './support/open-room.ts';
import { readWav } from './support/wav.ts';

// A whole interview in real Chromium against the fake Gemini Live server: the candidate speaks
// over the greeting (barge-in), a goAway moves the session to a new connection, the network
// drops in the middle of a question, and the interviewer ends the interview itself. The
// transcript must be complete and in order on screen and in IndexedDB, and the fake must have
// heard 16 kHz audio that follows the spoken fixture.

const SPOKEN = 'I have been building Python web services for five years, mostly with Django and FastAPI.';
// Speech starts this long after the microphone opens: after the greeting has begun even when a
// loaded machine takes a few seconds to connect, once the room's detector has loaded (it starts
// with the room), and well before the long greeting ends.
const PAD_BEFORE_S = 10;
test.use({ micSpeech: { text: SPOKEN, padBeforeSeconds: PAD_BEFORE_S, padAfterSeconds: 1 } });

/** What the fake transcribes the spoken answer as (the client's opening text only starts the greeting). */
const HEARD = 'I build Python web services with Django and FastAPI.';
const TYPED_2 = 'A slow report query: I profiled it and added the missing index.';
const TYPED_3 = 'I would add monitoring before the problem reached users.';
const [Q1, Q2, Q3] = DEFAULT_SCRIPT.questions as [string, string, string];
// A greeting long enough that the candidate still talks over it once the room's detector has
// warmed up (on a loaded machine its first report can come seconds after the speech began).
const OPENING = `${DEFAULT_SCRIPT.greeting} I will ask you a few questions about your work, and you can take your time with each answer. There is no rush at all, so think out loud if that helps you. We will start with your background, then talk about a problem you solved, and finish with what you would do differently next time.`;
const GREETING = `${OPENING} ${Q1}`;
const INTERVIEW_ID = 'e2e-interview-1';
const SETUP = {
  topic: 'Python backend',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 10,
  patience: 'normal',
  avatar: false,
};

interface Seen {
  states: string[];
  captions: { role: string; text: string }[];
}

// E2E_STATIC_DIR lets a run use its own build of the app instead of the shared dist/web.
const staticDir = process.env.E2E_STATIC_DIR ? { env: { STATIC_DIR: process.env.E2E_STATIC_DIR } } : {};
test.use({ stackOptions: { gemini: { script: { greeting: OPENING, candidateAnswers: [HEARD] } }, ...staticDir } });

test('a full interview survives barge-in, goAway and a dropped connection, and keeps every line once', async ({
  page,
  stack,
  micFixture,
}) => {
  test.setTimeout(150_000);
  const control = stack.gemini.control;
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  await recordWhatTheRoomShows(page);
  await openRoom(page, INTERVIEW_ID);

  const captions = page.getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText('Hello, and', { timeout: 15_000 });

  // The spoken answer starts while the greeting plays: the interviewer stops, then answers.
  await control.waitFor('interrupted', 1, 20_000);
  await expect(captions).toContainText(HEARD, { timeout: 20_000 });
  await expect(captions).toContainText(Q2, { timeout: 20_000 });
  await control.waitFor('interviewerTurn', 1, 20_000);
  await expectNoAccessibilityViolations(page);

  // goAway while the interviewer waits: the next connection opens before the old one closes.
  const statesBefore = (await seen(page)).states.length;
  control.sendGoAway({ timeLeft: '8s', closeAfterMs: 7000 });
  await control.waitFor('resumed', 1, 10_000);
  await expect.poll(() => control.latestConversation().connections[0]?.closedAt, { timeout: 10_000 }).toBeDefined();
  const conv = control.latestConversation();
  const [first, second] = conv.connections;
  expect(conv.setups[1]!.at).toBeLessThan(first!.closedAt!);
  // The fake closes a connection it sent goAway to with 1011 at its deadline: any other code
  // means the client closed it first, as make-before-break requires.
  expect(first!.closeCode).not.toBe(1011);
  expect(second!.isOpen).toBe(true);
  expect((await seen(page)).states.slice(statesBefore)).not.toContain('Reconnecting…');

  // A typed answer, then the network drops while the next question is being asked. The service
  // never replays a cut reply: the app must ask for it, and tell the candidate why it restarts.
  await answerByTyping(page, TYPED_2);
  await expect(captions).toContainText('What would you', { timeout: 20_000 });
  const textsBeforeDrop = conv.textInputs.length;
  control.drop();
  await control.waitFor('resumed', 2, 15_000);
  await expect(page.getByRole('status').filter({ hasText: 'will say that again' })).toBeVisible({ timeout: 15_000 });
  await control.waitFor('interviewerTurn', 2, 20_000);
  await expect(captions).toContainText(Q3);
  expect(conv.utterances.filter((u) => u.text === Q3).map((u) => u.result)).toEqual(['connection-lost', 'completed']);
  expect(conv.textInputs.slice(textsBeforeDrop).map((t) => t.text)).toEqual([
    expect.stringMatching(/did not hear your last reply/) as unknown,
  ]);

  // The last answer; the interviewer closes and calls end_interview, the room goes to the report.
  await answerByTyping(page, TYPED_3);
  await page.waitForURL(`**/report/${INTERVIEW_ID}`, { timeout: 30_000 });
  expect(control.count('toolResponse')).toBe(1);

  const expected = [
    ['interviewer', GREETING],
    ['candidate', HEARD],
    ['interviewer', Q2],
    ['candidate', TYPED_2],
    ['interviewer', Q3],
    ['candidate', TYPED_3],
    ['interviewer', DEFAULT_SCRIPT.closing],
  ];
  const onScreen = (await seen(page)).captions;
  expectTranscript(
    onScreen.map((c) => [c.role, c.text.replace(/ —$/, '')]),
    expected,
  );

  const stored = await readStoredInterview(page, INTERVIEW_ID);
  expect(stored.record).toMatchObject({ status: 'ended' });
  expectTranscript(
    stored.turns.map((t) => [t.role, t.text]),
    expected,
  );
  expect(stored.turns.map((t) => t.seq)).toEqual([...stored.turns.map((t) => t.seq)].sort((a, b) => a - b));
  expect(stored.turns[0]).toMatchObject({ interrupted: true });
  await expectTrueSpeakingTimes(page, stored.turns, micFixture!.path);

  // Every connection used its own fresh token; three connections: the first, after goAway, after the drop.
  expect(conv.connections).toHaveLength(3);
  expect(
    new Set(conv.connections.map((c) => (c.credential.kind === 'token' ? c.credential.name : c.credential.kind))).size,
  ).toBe(3);
  expect(conv.connections.every((c) => c.credential.kind === 'token')).toBe(true);

  expectHeardTheMicrophone(conv.received, micFixture!.path);
  expect(pageErrors).toEqual([]);
});

test('explains a token the server could not get, and starts on Try again', async ({ page, stack }) => {
  stack.gemini.control.failHttp('authTokens', 'http-500', 1);
  await openRoom(page, 'e2e-interview-2');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The interview could not start' })).toBeVisible({ timeout: 15_000 });
  await expect(alert.getByRole('heading')).toBeFocused();
  expect((await alert.textContent())?.length).toBeGreaterThan(60); // a sentence, not a code
  await expectNoAccessibilityViolations(page);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('region', { name: 'Captions' })).toContainText('Hello, and', { timeout: 15_000 });
  expect(stack.gemini.control.count('setupComplete')).toBe(1);
});

/** Seeds the setup the Setup screen would hand over, and opens the room. */
const openRoom = (page: Page, id: string): Promise<void> => openRoomWith(page, id, SETUP);

async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const scan = await new AxeBuilder({ page })
    .include('.room')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Interviewer lines may be cut by the barge-in; everything else must match exactly, once each. */
function expectTranscript(actual: string[][], expected: string[][]): void {
  expect(actual.map(([role]) => role)).toEqual(expected.map(([role]) => role));
  const [first, ...rest] = actual;
  expect(GREETING.startsWith(first![1]!)).toBe(true);
  expect(first![1]!.length).toBeGreaterThan(DEFAULT_SCRIPT.greeting.length / 3);
  expect(rest).toEqual(expected.slice(1));
}

async function answerByTyping(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Type an answer');
  await box.fill(text);
  await box.press('Enter');
}

/** Keeps the last captions and every status the room showed, across the SPA's navigation. */
async function recordWhatTheRoomShows(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Seen = { states: [], captions: [] };
    (window as unknown as { __seen: Seen }).__seen = seen;
    new MutationObserver(() => {
      const state = document.querySelector('.room .state')?.textContent?.replace('Interviewer: ', '');
      if (state && seen.states.at(-1) !== state) seen.states.push(state);
      const items = document.querySelectorAll('.caption-list > li.caption');
      if (items.length)
        seen.captions = [...items].map((li) => ({
          role: (li as HTMLElement).dataset.role ?? '',
          text: li.querySelector('.caption-text')?.textContent ?? '',
        }));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const seen = (page: Page): Promise<Seen> => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

interface StoredTurn {
  seq: number;
  role: string;
  text: string;
  interrupted?: boolean;
  typed?: true;
  speech?: { startMs: number; endMs: number; voicedMs: number }[];
}

/** From the first to the last sample above -60 dBFS: how long the fixture speaks. */
function spokenMs(wavPath: string): number {
  const { pcm, sampleRate } = readWav(wavPath);
  const audible = (i: number) => Math.abs(pcm[i] ?? 0) > 33;
  let first = 0;
  let last = pcm.length - 1;
  while (first < pcm.length && !audible(first)) first++;
  while (last > first && !audible(last)) last--;
  return ((last - first) / sampleRate) * 1000;
}

/**
 * Speaking times come from our voice detector, not from when the text arrived: the spoken
 * answer's stored voice lasts about as long as the fixture speaks, every interviewer turn has
 * its playback, the typed answers are marked typed, and the report's pace is measured.
 */
async function expectTrueSpeakingTimes(page: Page, turns: StoredTurn[], wavPath: string): Promise<void> {
  const voicedMs = (turn: StoredTurn | undefined) =>
    (turn?.speech ?? []).reduce((sum, span) => sum + span.endMs - span.startMs, 0);
  const spoken = voicedMs(turns.find((t) => t.text === HEARD));
  // Voiced spans leave out the gaps between words, and this answer starts over the greeting, where
  // the echo guard wants a minimum length of speech before it counts: on a loaded machine 70-80 %
  // of the fixture's span was measured. Text arrival times are orders of magnitude off instead.
  expect(spoken).toBeGreaterThan(0.6 * spokenMs(wavPath));
  expect(spoken).toBeLessThan(1.2 * spokenMs(wavPath));
  expect(turns.filter((t) => t.role === 'interviewer').every((t) => voicedMs(t) > 0)).toBe(true);
  expect(turns.filter((t) => t.typed).map((t) => t.text)).toEqual([TYPED_2, TYPED_3]);
  const pace = page.getByRole('definition').filter({ hasText: /^\d+ wpm$/ });
  await expect(pace).toHaveText(`${Math.round(HEARD.split(' ').length / (spoken / 60_000))} wpm`);
  await expect(page.getByRole('definition').filter({ hasText: /words, kept out of pace and pauses$/ })).toBeVisible();
}

function readStoredInterview(page: Page, id: string): Promise<{ record: unknown; turns: StoredTurn[] }> {
  return page.evaluate(async (interviewId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('mockingbird');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
    });
    const get = <T>(request: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
      });
    const tx = db.transaction(['interviews', 'turns']);
    const record = await get<unknown>(tx.objectStore('interviews').get(interviewId));
    const turns = await get<StoredTurn[]>(tx.objectStore('turns').index('byInterview').getAll(interviewId));
    db.close();
    return { record, turns: turns.sort((a, b) => a.seq - b.seq) };
  }, id);
}

/**
 * The fake heard the microphone: the received level envelope, read at 16 kHz, follows the last
 * stretch of the fixture's speech (best alignment over all offsets); audio at another rate would
 * be stretched or squeezed against it and not align. Only the tail is compared: until the
 * detector hears the barge-in the greeting plays over the answer, and the browser's echo
 * cancellation rightly ducks the microphone then. (A wall-clock rate check no longer fits: with
 * manual activity the room holds audio back until its detector hears speech, then sends it from
 * just before the onset in one burst, and only audio inside an answer goes out.)
 */
function expectHeardTheMicrophone(received: readonly { pcm: Int16Array; at: number }[], wavPath: string): void {
  const wav = readWav(wavPath);
  const speechEnd = wav.pcm.length - Math.round(0.9 * wav.sampleRate);
  const tail = wav.pcm.subarray(speechEnd - Math.round(1.8 * wav.sampleRate), speechEnd);
  const reference = envelope(tail, wav.sampleRate);
  const heard = envelope(concat(received.map((c) => c.pcm)), 16_000);
  expect(heard.length).toBeGreaterThanOrEqual(reference.length);
  expect(bestCorrelation(heard, reference)).toBeGreaterThan(0.7);
}

function concat(chunks: Int16Array[]): Int16Array {
  const out = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

function bestCorrelation(signal: number[], pattern: number[]): number {
  let best = -1;
  for (let lag = 0; lag + pattern.length <= signal.length; lag++)
    best = Math.max(best, pearson(signal.slice(lag, lag + pattern.length), pattern));
  return best;
}

function pearson(a: number[], b: number[]): number {
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const [ma, mb] = [mean(a), mean(b)];
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    const x = (a[i] ?? 0) - ma;
    const y = (b[i] ?? 0) - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da && db ? num / Math.sqrt(da * db) : 0;
}
