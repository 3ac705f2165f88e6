import { describe, expect, it } from 'vitest';
import { readPrepPack } from '../../services/storage/prep-pack';
import { testPrepPack } from '../../services/storage/test-prep-pack';
import { ApiError, type PrepRequest } from '../../services/api/types';
import { createMemoryStore } from '../../services/storage/memory-store';
import { StoreError } from '../../services/storage/types';
import { generatePrepPack } from './generate-prep';

const setup = { ...testPrepPack.setup, practiceQuestions: ['From an earlier pack?'] };
const open = () => new AbortController().signal;

function api(reply: (req: PrepRequest, signal?: AbortSignal) => Promise<unknown>) {
  const requests: PrepRequest[] = [];
  return { requests, prep: (req: PrepRequest, signal?: AbortSignal) => (requests.push(req), reply(req, signal)) };
}

describe('generatePrepPack', () => {
  it('sends the setup, checks the answer and stores the pack with the setup it was made from', async () => {
    const store = createMemoryStore();
    const server = api(() => Promise.resolve(testPrepPack.content));
    const outcome = await generatePrepPack({ api: server, store, now: () => 1234, newId: () => 'p1' }, setup, open());
    expect(outcome).toEqual({ ok: true, id: 'p1' });
    expect(server.requests).toEqual([
      {
        topic: 'Payments backend',
        level: 'Advanced',
        languageCode: 'en-GB',
        cvText: setup.cvText,
        jobTitle: 'Senior Backend Engineer',
        jobDescription: 'Own the card-issuing ledger.',
      },
    ]);
    const stored = await store.getPrepPack('p1');
    expect(stored?.createdAt).toBe(1234);
    expect(readPrepPack(stored?.pack)).toEqual(testPrepPack);
  });

  it("passes on the server's sentence, and marks the failures Settings can fix", async () => {
    const unconfigured = await generatePrepPack(
      { api: api(() => Promise.reject(new ApiError(503, 'prep_unconfigured', 'x'))), store: createMemoryStore() },
      setup,
      open(),
    );
    expect(unconfigured).toMatchObject({
      ok: false,
      failure: { settings: true, message: expect.stringMatching(/own Gemini key in Settings/) as unknown },
    });
    const busy = await generatePrepPack(
      {
        api: api(() =>
          Promise.reject(
            new ApiError(504, 'upstream_timeout', 'Gemini did not answer in time. Please try again in a moment.'),
          ),
        ),
        store: createMemoryStore(),
      },
      setup,
      open(),
    );
    expect(busy).toEqual({
      ok: false,
      failure: { settings: false, message: 'Gemini did not answer in time. Please try again in a moment.' },
    });
  });

  it('keeps nothing when the answer is not a pack', async () => {
    const store = createMemoryStore();
    const outcome = await generatePrepPack({ api: api(() => Promise.resolve({ focus: 'x' })), store }, setup, open());
    expect(outcome).toMatchObject({
      ok: false,
      failure: { message: expect.stringMatching(/incomplete.*Try again/) as unknown },
    });
    expect(await store.listPrepPacks()).toEqual([]);
  });

  it('explains a pack that could not be saved', async () => {
    const full = {
      putPrepPack: () => Promise.reject(new StoreError('quota', 'This device is out of space for Mockingbird.')),
    };
    const outcome = await generatePrepPack(
      { api: api(() => Promise.resolve(testPrepPack.content)), store: full },
      setup,
      open(),
    );
    expect(outcome).toMatchObject({
      ok: false,
      failure: {
        message: expect.stringMatching(/could not be saved on this device \(This device is out of space/) as unknown,
      },
    });
  });

  it('reports a cancelled request as cancelled, not as a failure', async () => {
    const controller = new AbortController();
    const server = api(
      (_req, signal) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const pending = generatePrepPack({ api: server, store: createMemoryStore() }, setup, controller.signal);
    controller.abort();
    expect(await pending).toEqual({ ok: false, cancelled: true });
  });
});
