import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../services/api/types';
import { createMemoryStore } from '../../services/storage/memory-store';
import { makeReport } from '../../services/storage/test-fixtures';
import { createReportPage } from './create-report-page';
import { record, TURNS } from './testing';

// A record whose date or timing is out of range used to reach the report page's formatters,
// which threw. The page now says the record is damaged, and never asks for a report on it.

const BEYOND_DATE = 8.64e15 + 1;
const noApi = {
  report: () => Promise.reject(new Error('no report may be asked for')),
} as Partial<ApiClient> as ApiClient;

describe('the report page for a damaged record', () => {
  it.each([
    ['an interview date past the end of time', { createdAt: BEYOND_DATE }, {}, undefined],
    ['a turn a year long', {}, { endMs: 3.15e10 }, undefined],
    ['a report dated before 1970', {}, {}, -1],
  ])('with %s says it is damaged', async (_, recordPatch, turnPatch, reportDate) => {
    const store = createMemoryStore();
    await store.createInterview({ ...record({ status: 'ended' }), ...recordPatch });
    for (const t of TURNS) await store.putTurn('i1', { ...t, ...turnPatch });
    if (reportDate !== undefined) await store.putReport({ ...makeReport('i1'), createdAt: reportDate });
    const { state, dispose } = createRoot((d) => ({
      state: createReportPage('i1', { api: noApi, store }),
      dispose: d,
    }));
    await expect.poll(() => state.data().status).toBe('unreadable');
    expect(state.generation().status).toBe('idle');
    dispose();
  });
});
