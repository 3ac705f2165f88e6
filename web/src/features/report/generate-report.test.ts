import { describe, expect, it } from 'vitest';
import { ApiError } from '../../services/api/types';
import { makeReportBody } from '../../services/storage/test-fixtures';
import { StoreError, type StoredReport } from '../../services/storage/types';
import { generateReport } from './generate-report';
import { record, TURNS } from './testing';

const genuine = 'I would shard by user id';
const invented = 'I have scaled this to a billion users';

function reportWithQuotes() {
  const body = makeReportBody(64);
  return {
    ...body,
    rubric: { ...body.rubric, communication: { score: 3, comment: 'Clear.', quotes: [genuine, invented] } },
  };
}

function deps(reply: () => Promise<unknown>, put: (r: StoredReport) => Promise<void> = () => Promise.resolve()) {
  const stored: StoredReport[] = [];
  return {
    stored,
    deps: {
      api: { report: reply },
      store: { putReport: (r: StoredReport) => put(r).then(() => void stored.push(r)) },
      now: () => 42,
    },
  };
}

describe('generateReport', () => {
  it('stores the report with only the quotes the candidate really said', async () => {
    const { deps: d, stored } = deps(() => Promise.resolve(reportWithQuotes()));
    const result = await generateReport(d, record(), TURNS);
    expect(result).toMatchObject({ ok: true, droppedQuotes: 1 });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ interviewId: 'i1', createdAt: 42 });
    expect(stored[0]?.report.rubric.communication.quotes).toEqual([genuine]);
  });

  it('refuses an answer that is not a report and stores nothing', async () => {
    const { deps: d, stored } = deps(() => Promise.resolve({ overallScore: 'high' }));
    expect(await generateReport(d, record(), TURNS)).toMatchObject({
      ok: false,
      failure: { message: expect.stringMatching(/incomplete/) as unknown },
    });
    expect(stored).toHaveLength(0);
  });

  it('explains a server that cannot write reports and points to Settings', async () => {
    const { deps: d } = deps(() =>
      Promise.reject(new ApiError(503, 'report_unconfigured', 'Written reports are not set up on this server.')),
    );
    const result = await generateReport(d, record(), TURNS);
    expect(result).toMatchObject({
      ok: false,
      failure: { settings: true, message: expect.stringMatching(/own Gemini key in Settings/) as unknown },
    });
  });

  it('passes on the server’s own sentence for other failures', async () => {
    const { deps: d } = deps(() =>
      Promise.reject(new ApiError(429, 'rate_limited', 'Too many requests. Wait 30 seconds and try again.')),
    );
    expect(await generateReport(d, record(), TURNS)).toMatchObject({
      ok: false,
      failure: { settings: false, message: 'Too many requests. Wait 30 seconds and try again.' },
    });
  });

  it('reports a cancelled request as cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { deps: d } = deps(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    expect(await generateReport(d, record(), TURNS, controller.signal)).toEqual({ ok: false, cancelled: true });
  });

  it('still shows a report it could not save, and says so', async () => {
    const { deps: d } = deps(
      () => Promise.resolve(makeReportBody(70)),
      () => Promise.reject(new StoreError('quota', 'This device is out of storage space.')),
    );
    const result = await generateReport(d, record(), TURNS);
    expect(result).toMatchObject({ ok: true, stored: { report: { overallScore: 70 } } });
    expect(result.ok && result.saveError).toMatch(
      /could not be saved on this device \(This device is out of storage space\)/,
    );
  });
});
