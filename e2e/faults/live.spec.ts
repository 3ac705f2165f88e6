import { expect, test } from '../support/fixtures.ts';
import { faultStack } from './support/fault-stack.ts';
import { A1, A2, Q1, Q2, WHOLE_INTERVIEW } from './support/interview-script.ts';
import { openRoom, roomSeen, typeAnswer, waitForLine, watchRoom } from './support/room.ts';
import { expectLines, readStored, storedLines } from './support/stored.ts';

// The Live WebSocket failing under a running interview. The browser talks to Gemini directly,
// so each of these must be invisible or explained, and the transcript must come out whole:
// on screen and in IndexedDB, every line once and in order.

// The interviewer's replies stream in real time, so a fault can land in the middle of one.
test.use({ stackOptions: faultStack({ pace: 'realistic' }) });

const ID = 'fault-live';
/**
 * Every answer here is typed, so the room leaves the microphone closed. Open, it hears Chromium's
 * fake device tone, and the room's detector can take a beep for speech: a barge-in that cut the
 * greeting before its first word, and the room then stayed silent until the watchdog's nudge
 * (~15 s), past the waits below.
 */
const TYPED = { typedAnswers: true };
/** The app's request for a reply a reconnect cut (services/live/resumption-options.ts). */
const REASK = /did not hear your last reply/;

test('a connection cut without a close frame (1006) while the interviewer replies: the reply is heard in full, nothing is lost', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await waitForLine(page, Q1);
  await control.waitFor('interviewerTurn', 1);
  await typeAnswer(page, A1);

  // The second question is on its way when the network goes.
  await control.waitFor('utteranceStarted', 2);
  control.drop();
  await control.waitFor('resumed', 1, 15_000);
  await waitForLine(page, Q2);
  await control.waitFor('interviewerTurn', 2);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  const seen = await roomSeen(page);
  expect(seen.alerts).toEqual([]);
  expectLines(seen.captions, WHOLE_INTERVIEW);
  const stored = await readStored(page, ID);
  expect(stored.record?.status).toBe('ended');
  expectLines(storedLines(stored), WHOLE_INTERVIEW);
  // The fake, like the service, never replays a cut reply: the question came again only because
  // the app asked for it, once. It went out twice (cut, then asked again); the candidate saw it once.
  const conv = control.latestConversation();
  expect(conv.utterances.filter((u) => u.text === Q2).map((u) => u.result)).toEqual(['connection-lost', 'completed']);
  expect(conv.textInputs.filter((t) => REASK.test(t.text))).toHaveLength(1);
});

test('a server close (1011) while the interviewer thinks about an answer: the answer counts once and the interview goes on', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  control.setPace({ replyDelayMs: 1500 });
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await waitForLine(page, Q1);
  await control.waitFor('interviewerTurn', 1);
  await typeAnswer(page, A1);
  await control.waitFor('textInput', 2); // the opening, then the answer
  control.closeConnections(1011);
  control.setPace({ replyDelayMs: 0 });
  await control.waitFor('resumed', 1, 15_000);
  await waitForLine(page, Q2);
  await control.waitFor('interviewerTurn', 2);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  const seen = await roomSeen(page);
  expect(seen.alerts).toEqual([]);
  expectLines(seen.captions, WHOLE_INTERVIEW);
  expectLines(storedLines(await readStored(page, ID)), WHOLE_INTERVIEW);
  // The app's own requests to the model (the re-ask after the cut) are in parentheses.
  expect(control.latestConversation().candidateLines.filter((l) => !l.startsWith('('))).toEqual([A1, A2]);
  expect(control.latestConversation().textInputs.filter((t) => REASK.test(t.text))).toHaveLength(1);
  expect(control.latestConversation().connections.at(0)?.closeCode).toBe(1011);
});

test('goAway every few seconds for a whole interview: each connection hands over to the next without a banner or a lost line', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  // Each connection is told it has 8 s left and closes when they are up. The app switches within
  // the notice less its 5 s margin, between replies: the make-before-break under test. (A close
  // 1 s after a notice of 5 s asked the next connection to be ready within 1.7 s on a loaded
  // machine, or the gap showed as "Reconnecting…".)
  control.goAwayEvery(2500, 8000);
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await waitForLine(page, Q1);
  await control.waitFor('interviewerTurn', 1);
  await control.waitFor('goAway', 2, 15_000);
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  await control.waitFor('interviewerTurn', 2);
  await control.waitFor('goAway', 3, 15_000);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  const seen = await roomSeen(page);
  expect(seen.alerts).toEqual([]);
  expect(seen.states).not.toContain('Reconnecting…');
  expectLines(seen.captions, WHOLE_INTERVIEW);
  expectLines(storedLines(await readStored(page, ID)), WHOLE_INTERVIEW);
  const conv = control.latestConversation();
  expect(conv.connections.length).toBeGreaterThanOrEqual(4);
  expect(conv.candidateLines.filter((l) => !l.startsWith('('))).toEqual([A1, A2]);
});

test('the model goes silent after the candidate cuts in: the watchdog nudges, then reconnects, and the interview goes on', async ({
  page,
  stack,
}) => {
  test.setTimeout(90_000);
  const control = stack.gemini.control;
  control.stallAfterNextInterruption();
  // A greeting streamed at a tenth of real time (several seconds), so the typed answer lands
  // while it plays even on a loaded machine.
  control.setPace({ speed: 0.1 });
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  // The candidate answers over the greeting: a barge-in, after which the model says nothing.
  await control.waitFor('utteranceStarted', 1);
  await typeAnswer(page, A1);
  await control.waitFor('interrupted', 1);
  control.setPace({ speed: 1 });
  await waitForLine(page, Q2, 40_000);
  await control.waitFor('interviewerTurn', 1);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  const seen = await roomSeen(page);
  expect(seen.alerts).toEqual([]);
  expectLines(seen.captions, WHOLE_INTERVIEW, [0]);
  const stored = await readStored(page, ID);
  expectLines(storedLines(stored), WHOLE_INTERVIEW, [0]);
  expect(stored.turns[0]?.interrupted).toBe(true);
  const conv = control.latestConversation();
  // First a nudge on the silent connection, then a fresh connection that resumed the session.
  expect(conv.textInputs.filter((t) => t.text.includes('waiting for your reply')).length).toBeGreaterThanOrEqual(1);
  expect(control.count('resumed')).toBeGreaterThanOrEqual(1);
});

test('Gemini refuses the tokens of two reconnects (1008) after a drop: the third gets in, and the interview goes on whole', async ({
  page,
  stack,
}) => {
  const control = stack.gemini.control;
  control.useInstantPace();
  await watchRoom(page);
  await openRoom(page, ID, TYPED);
  await waitForLine(page, Q1);
  await control.waitFor('interviewerTurn', 1);
  control.rejectNextConnections(2);
  control.drop();
  await control.waitFor('resumed', 1, 20_000);
  await typeAnswer(page, A1);
  await waitForLine(page, Q2);
  await typeAnswer(page, A2);
  await page.waitForURL(`**/report/${ID}`, { timeout: 30_000 });

  expect(control.count('rejected')).toBe(2);
  expect((await roomSeen(page)).alerts).toEqual([]);
  expectLines((await roomSeen(page)).captions, WHOLE_INTERVIEW);
  expectLines(storedLines(await readStored(page, ID)), WHOLE_INTERVIEW);
  // Every attempt had its own token: a refused one is never tried again.
  const tokens = control.connections.map((c) => (c.credential.kind === 'token' ? c.credential.name : ''));
  expect(new Set(tokens).size).toBe(tokens.length);
});
