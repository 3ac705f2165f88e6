import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright';
import type { Conversation } from '../../e2e/fakes/gemini/conversation.ts';
import type { Stack } from '../../e2e/support/stack.ts';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';

// After a drop that cuts the interviewer mid-reply, how long until the interviewer is heard
// again. The fake, like the service, never replays a cut reply: audio comes back only because
// the app asks for it (services/live/reply-cut.ts). Measured at the fake, from the resumed
// connection's setup to the first reply audio it sends; the baseline, from the same runs, is
// the first connection's setup to its first reply audio (a fresh greeting, asked for by the
// app's opening text), so both include the same fake think time and synthesis.

const RUNS = 5;

/** ms from the setup of the connection at `index` to the first reply audio sent on it. */
function setupToAudio(conv: Conversation, index: number): number | undefined {
  const setup = conv.setups[index];
  const audio = setup ? conv.sent.find((s) => s.connectionId === setup.connectionId) : undefined;
  return setup && audio ? audio.at - setup.at : undefined;
}

const SETUP = {
  topic: 'Payments backend',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 10,
  patience: 'quick',
  avatar: false,
};

/** Opens the interview room with the setup handed over as the setup screen's Start does. */
async function openRoom(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  const id = randomUUID();
  await page.goto('/');
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [
    `mockingbird:setup:${id}`,
    JSON.stringify(SETUP),
  ] as const);
  await page.goto(`/interview/${id}`);
  const start = page.getByRole('button', { name: 'Start the interview' });
  await start.or(page.locator('.preparing, .room-grid')).first().waitFor({ timeout: 15_000 });
  if (await start.isVisible()) await start.click();
  return context;
}

async function until<T>(read: () => T | undefined, timeoutMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error('The interviewer was not heard again after the drop: the cut reply was never asked for.');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function benchReaskAfterDrop(browser: Browser, stack: Stack): Promise<Figure[]> {
  const control = stack.gemini.control;
  const afterDrop: number[] = [];
  const fresh: number[] = [];
  control.useRealisticPace();
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = control.count('utteranceStarted');
      const resumed = control.count('resumed');
      const room = await openRoom(browser, stack.baseUrl);
      try {
        await control.waitFor('utteranceStarted', started + 1, 20_000);
        const conv = control.latestConversation();
        control.drop(); // mid-greeting: its first chunk is out, the rest is not
        await control.waitFor('resumed', resumed + 1, 20_000);
        afterDrop.push(await until(() => setupToAudio(conv, 1), 20_000));
        const first = setupToAudio(conv, 0);
        if (first !== undefined) fresh.push(first);
      } finally {
        await room.close();
      }
    }
  } finally {
    control.useInstantPace();
  }
  return [
    toFigure({
      id: 'reask-after-drop',
      label:
        'Drop mid-reply: resumed connection’s setup → interviewer audio again (fake side; baseline: a fresh greeting)',
      unit: 'ms',
      values: afterDrop,
      baseline: fresh,
    }),
  ];
}
