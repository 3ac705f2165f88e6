import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiClient, type ReportRequest } from '../../services/api/types';
import { createMemoryStore } from '../../services/storage/memory-store';
import { makeReportBody } from '../../services/storage/test-fixtures';
import type { Store } from '../../services/storage/types';
import { createReportPage, type ReportPageState } from './create-report-page';
import { ENOUGH_TURNS, record, turn, TURNS } from './testing';

function fakeApi(reply: () => Promise<unknown>) {
  const requests: ReportRequest[] = [];
  const api = {
    report: (req: ReportRequest) => {
      requests.push(req);
      return reply();
    },
  } as Partial<ApiClient> as ApiClient;
  return { api, requests };
}

async function seeded(status: 'ended' | 'unfinished', turns = ENOUGH_TURNS): Promise<Store> {
  const store = createMemoryStore();
  await store.createInterview(record({ status }));
  for (const t of turns) await store.putTurn('i1', t);
  return store;
}

/** Runs the page state inside a Solid root and waits until `done` holds. */
async function run(
  store: Store,
  api: ApiClient,
  done: (s: ReportPageState) => boolean,
): Promise<{ state: ReportPageState; dispose: () => void }> {
  const { state, dispose } = createRoot((d) => ({ state: createReportPage('i1', { api, store }), dispose: d }));
  await expect.poll(() => done(state)).toBe(true);
  return { state, dispose };
}

describe('createReportPage', () => {
  it('writes and stores the report of a finished interview on its own', async () => {
    const store = await seeded('ended');
    const { api, requests } = fakeApi(() => Promise.resolve(makeReportBody(77)));
    const { state, dispose } = await run(store, api, (s) => s.generation().status === 'done');
    expect(requests).toHaveLength(1);
    expect(state.report()?.report.overallScore).toBe(77);
    expect((await store.getReport('i1'))?.report.overallScore).toBe(77);
    dispose();
  });

  it('says reports are off on the server, with its reason, instead of asking for one; Try again asks once it is back', async () => {
    const store = await seeded('ended');
    const { api, requests } = fakeApi(() => Promise.resolve(makeReportBody(70)));
    let report: unknown = { ok: false, reason: 'model_unavailable' };
    api.health = () => Promise.resolve({ ok: true, version: '1', features: { live: { ok: true }, report } });
    const { state, dispose } = await run(store, api, (s) => s.generation().status === 'off');
    expect(state.generation()).toEqual({ status: 'off', reason: 'model_unavailable' });
    expect(requests).toHaveLength(0);
    report = { ok: true };
    state.generate();
    await expect.poll(() => state.generation().status).toBe('done');
    expect(requests).toHaveLength(1);
    dispose();
  });

  it('shows a stored report without asking for a new one, minus quotes the transcript does not bear out', async () => {
    const store = await seeded('ended');
    const body = makeReportBody(60);
    const unchecked = {
      ...body,
      rubric: {
        ...body.rubric,
        communication: {
          ...body.rubric.communication,
          quotes: ['I would shard by user id', 'I have run this at Google'],
        },
      },
    };
    await store.putReport({ interviewId: 'i1', createdAt: 1, report: unchecked });
    const { api, requests } = fakeApi(() => Promise.resolve(makeReportBody(99)));
    const { state, dispose } = await run(store, api, (s) => s.report() !== undefined);
    expect(state.report()?.report.overallScore).toBe(60);
    expect(state.report()?.report.rubric.communication.quotes).toEqual(['I would shard by user id']);
    expect(requests).toHaveLength(0);
    dispose();
  });

  it('offers a report for an unfinished interview and writes it when asked', async () => {
    const store = await seeded('unfinished');
    const { api, requests } = fakeApi(() => Promise.resolve(makeReportBody(50)));
    const { state, dispose } = await run(store, api, (s) => s.generation().status === 'offer');
    expect(requests).toHaveLength(0);
    state.generate();
    await expect.poll(() => state.report()?.report.overallScore).toBe(50);
    dispose();
  });

  it('explains a failure and succeeds on retry', async () => {
    const store = await seeded('ended');
    let calls = 0;
    const { api } = fakeApi(() =>
      ++calls === 1
        ? Promise.reject(new ApiError(0, 'network', 'The Mockingbird server could not be reached.'))
        : Promise.resolve(makeReportBody(81)),
    );
    const { state, dispose } = await run(store, api, (s) => s.generation().status === 'failed');
    expect(state.generation()).toMatchObject({ failure: { message: 'The Mockingbird server could not be reached.' } });
    state.generate();
    await expect.poll(() => state.report()?.report.overallScore).toBe(81);
    dispose();
  });

  it('does not ask for a report when the candidate said nothing', async () => {
    const store = await seeded('ended', [turn(0, 'interviewer', 'Tell me about yourself.')]);
    const { api, requests } = fakeApi(() => Promise.resolve(makeReportBody()));
    const { dispose } = await run(store, api, (s) => s.generation().status === 'impossible');
    expect(requests).toHaveLength(0);
    dispose();
  });

  it('asks for no report below the evidence floor, marks the record, and hides scores an older version wrote', async () => {
    const store = await seeded('ended', TURNS);
    await store.putReport({ interviewId: 'i1', createdAt: 1, report: makeReportBody(88) });
    const { api, requests } = fakeApi(() => Promise.resolve(makeReportBody(90)));
    const { state, dispose } = await run(store, api, (s) => s.generation().status === 'thin');
    expect(state.generation()).toEqual({ status: 'thin', evidence: { answers: 2, words: 22, enough: false } });
    expect(state.report()).toBeUndefined();
    state.generate();
    expect(requests).toHaveLength(0);
    expect((await store.getInterview('i1'))?.judgement).toBe('not_enough_to_judge');
    dispose();
  });

  it('lifts the mark once the interview has enough answers', async () => {
    const store = await seeded('ended');
    await store.updateInterview('i1', { judgement: 'not_enough_to_judge' });
    const { api } = fakeApi(() => Promise.resolve(makeReportBody(70)));
    const { dispose } = await run(store, api, (s) => s.generation().status === 'done');
    expect((await store.getInterview('i1'))?.judgement).toBeUndefined();
    dispose();
  });

  it('stops writing the report on Cancel and writes it when asked again', async () => {
    const store = await seeded('ended');
    let calls = 0;
    const signals: AbortSignal[] = [];
    const api = {
      report: (_req: ReportRequest, signal?: AbortSignal) => {
        if (signal) signals.push(signal);
        return ++calls === 1 ? new Promise<never>(() => undefined) : Promise.resolve(makeReportBody(66));
      },
    } as Partial<ApiClient> as ApiClient;
    const { state, dispose } = await run(store, api, (s) => s.generation().status === 'generating');
    state.cancel();
    expect(state.generation()).toEqual({ status: 'cancelled' });
    expect(signals[0]?.aborted).toBe(true);
    state.generate();
    await expect.poll(() => state.report()?.report.overallScore).toBe(66);
    dispose();
  });

  it('says when there is no such interview', async () => {
    const { api } = fakeApi(() => Promise.resolve(makeReportBody()));
    const { dispose } = await run(createMemoryStore(), api, (s) => s.data().status === 'missing');
    dispose();
  });
});
