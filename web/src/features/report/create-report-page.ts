// The report page's state: the interview and its turns from the store, the stored report, and
// writing a report when there is none (automatically for a finished interview; on request for
// one that was cut off, since it may be only a fragment). Two status unions: what is loaded, and
// where writing the report stands.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStoredLoad, type StoredLoad, type StoredOutcome } from '../../ui/stored-load';
import type { InterviewRecord, Turn } from '../../lib/interview';
import { filterReportQuotes } from './quote-check';
import { interviewRecordSchema, storedReportSchema, turnSchema } from '../../lib/record-schemas';
import type { ApiClient } from '../../services/api/types';
import type { Store, StoredReport } from '../../services/storage/types';
import { generateReport } from './generate-report';
import { reportFailure, type ReportFailure } from './report-errors';
import { hasCandidateWords } from './report-request';
import { measureEvidence, type Evidence } from './evidence-floor';
import { syncJudgement } from './judgement';
import { reportOffReason } from './report-availability';

/** The interview as the page shows it; 'unreadable': out of the ranges it can show (lib/record-schemas.ts). */
export type PageData = StoredLoad<Interview>;

interface Interview {
  record: InterviewRecord;
  turns: Turn[];
}

export type Generation =
  | { status: 'idle' }
  /** No report yet and the interview was cut off: the candidate chooses to get one. */
  | { status: 'offer' }
  /** The candidate stopped a report being written; they can ask again. */
  | { status: 'cancelled' }
  | { status: 'impossible' }
  /** Too little was said to judge fairly (evidence-floor.ts): no report is asked for. */
  | { status: 'thin'; evidence: Evidence }
  /** The server will not write reports now (`reason` from its /api/health). */
  | { status: 'off'; reason: string }
  | { status: 'generating' }
  | { status: 'failed'; failure: ReportFailure }
  /** `notice`: quotes dropped, or the report could not be saved. */
  | { status: 'done'; notice?: string };

export interface ReportPageState {
  data: Accessor<PageData>;
  report: Accessor<StoredReport | undefined>;
  generation: Accessor<Generation>;
  /** Writes (or rewrites) the report; ignored while one is being written. */
  generate(): void;
  /** Stops the report being written, if one is. */
  cancel(): void;
}

/** Every stored piece within the ranges the page can display; one bad value would break it. */
function isShowable(record: unknown, turns: readonly unknown[], stored: unknown): boolean {
  return (
    interviewRecordSchema.safeParse(record).success &&
    turns.every((turn) => turnSchema.safeParse(turn).success) &&
    (stored === undefined || storedReportSchema.safeParse(stored).success)
  );
}

function droppedNotice(count: number): string | undefined {
  if (count === 0) return undefined;
  return `${count === 1 ? 'One quote' : `${count} quotes`} from the report did not match your words in the transcript and ${count === 1 ? 'was' : 'were'} left out.`;
}

export function createReportPage(id: string, deps: { api: ApiClient; store: Store }): ReportPageState {
  const [report, setReport] = createSignal<StoredReport>();
  const [generation, setGeneration] = createSignal<Generation>({ status: 'idle' });
  const controller = new AbortController();
  onCleanup(() => controller.abort());
  /** The report being written now; Cancel aborts it alone, leaving the page. */
  let writing: AbortController | undefined;

  async function write(record: InterviewRecord, turns: Turn[]): Promise<void> {
    setGeneration({ status: 'generating' });
    writing = new AbortController();
    const signal = AbortSignal.any([controller.signal, writing.signal]);
    const off = await reportOffReason(deps.api, signal);
    if (signal.aborted) return;
    if (off) return void setGeneration({ status: 'off', reason: off });
    const result = await generateReport(deps, record, turns, signal);
    if (signal.aborted) return;
    if (result.ok) {
      setReport(result.stored);
      setGeneration({
        status: 'done',
        ...(result.saveError || result.droppedQuotes
          ? { notice: result.saveError ?? droppedNotice(result.droppedQuotes) }
          : {}),
      });
    } else if ('failure' in result) {
      setGeneration({ status: 'failed', failure: result.failure });
    }
  }

  /** What the page does about a report once the interview is read. */
  function begin(record: InterviewRecord, turns: Turn[], stored: StoredReport | undefined, evidence: Evidence): void {
    // Too little said: no scores, even from a report an older version wrote.
    if (!hasCandidateWords(turns)) return void setGeneration({ status: 'impossible' });
    if (!evidence.enough) return void setGeneration({ status: 'thin', evidence });
    // Checked again on display: a report from an import or an older version may carry quotes
    // that were never verified.
    if (stored) return void setReport({ ...stored, report: filterReportQuotes(stored.report, turns).report });
    if (record.status === 'ended')
      return void write(record, turns).catch((err: unknown) =>
        setGeneration({ status: 'failed', failure: reportFailure(err) }),
      );
    setGeneration({ status: 'offer' });
  }

  const data = createStoredLoad('interview', async (): Promise<StoredOutcome<Interview>> => {
    const [record, turns, stored] = await Promise.all([
      deps.store.getInterview(id),
      deps.store.listTurns(id),
      deps.store.getReport(id),
    ]);
    if (!record) return { status: 'missing' };
    if (!isShowable(record, turns, stored)) return { status: 'unreadable' };
    const evidence = measureEvidence(turns, record.setup.languageCode);
    const synced = await syncJudgement(deps.store, record, evidence);
    begin(synced, turns, stored, evidence);
    return { status: 'ready', record: synced, turns };
  });

  return {
    data,
    report,
    generation,
    cancel() {
      if (generation().status !== 'generating') return;
      writing?.abort();
      setGeneration({ status: 'cancelled' });
    },
    generate() {
      const current = data();
      if (current.status !== 'ready' || generation().status === 'generating') return;
      if (!hasCandidateWords(current.turns)) return void setGeneration({ status: 'impossible' });
      const evidence = measureEvidence(current.turns, current.record.setup.languageCode);
      if (!evidence.enough) return void setGeneration({ status: 'thin', evidence });
      void write(current.record, current.turns);
    },
  };
}
