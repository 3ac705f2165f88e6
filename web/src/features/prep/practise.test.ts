import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { TEST_PACK_ORDER, testPrepPack } from '../../services/storage/test-prep-pack';
import { createMemoryStore } from '../../services/storage/memory-store';
import { startPractice } from './practise';

const record = { id: 'p1', createdAt: 5, pack: testPrepPack };

describe('startPractice', () => {
  it('hands the room the pack’s setup with its questions in interview order and links the pack to the interview', async () => {
    const store = createMemoryStore();
    await store.putPrepPack(record);
    const saved: [string, InterviewSetup][] = [];
    const result = await startPractice(record, testPrepPack, {
      store,
      save: (id, setup) => void saved.push([id, setup]),
      newId: () => 'i/9',
    });
    expect(result).toEqual({ ok: true, path: '/interview/i%2F9' });
    expect(saved[0]?.[0]).toBe('i/9');
    expect(saved[0]?.[1]).toMatchObject({
      topic: 'Payments backend',
      practiceQuestions: TEST_PACK_ORDER,
      lengthMinutes: 30,
    });
    expect((await store.getPrepPack('p1'))?.interviewId).toBe('i/9');
  });

  it('explains a browser that refuses to store the setup, and starts nothing', async () => {
    const store = createMemoryStore();
    const result = await startPractice(record, testPrepPack, {
      store,
      save: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Allow site data/) as unknown });
    expect(await store.listPrepPacks()).toEqual([]);
  });

  it('still starts when the link cannot be written', async () => {
    const result = await startPractice(record, testPrepPack, {
      store: { putPrepPack: () => Promise.reject(new Error('full')) },
      save: () => undefined,
      newId: () => 'i1',
    });
    expect(result).toEqual({ ok: true, path: '/interview/i1' });
  });
});
