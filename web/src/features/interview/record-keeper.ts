// Keeps the interview's stored record while the room is open: opened once (or picked up again
// after a reload), every finished turn written as it comes, and closed as 'ended' or 'unfinished'.
// The room holds a lock on the interview meanwhile. Storage problems become a notice, never a stop.

import type { InterviewSetup } from '../../lib/interview';
import type { TranscriptTurn } from './transcript/transcript';
import {
  createTurnWriter,
  type TurnWriter,
  type TurnWriterOptions,
  type TurnWriterState,
} from '../../services/storage/turn-writer';
import { closeRecord, createRecord, openRecord, type RecordStore } from './session-record';
import { toTurn } from './turn-from-transcript';

export interface RecordKeeperOptions {
  store: RecordStore;
  interviewId: string;
  setup: InterviewSetup;
  wallClock: () => number;
  holdLock?: (interviewId: string) => () => void;
  makeTurnWriter?: (opts: TurnWriterOptions) => TurnWriter;
  onChange: () => void;
}

export interface RecordKeeper {
  /** Opens the record the first time; 'ended' when this interview was already finished. */
  open(): Promise<'open' | 'ended'>;
  /** The interviewer is connected: a new interview is stored from now on (idempotent). */
  begin(): Promise<void>;
  /** Turns saved by an earlier visit, as closed transcript turns. */
  earlier(): TranscriptTurn[];
  /** The seq the new transcript continues from. */
  nextSeq(): number;
  write(turns: TranscriptTurn[]): void;
  saving(): TurnWriterState;
  notice(): string | undefined;
  /** The interview is over: waits for the writes, then marks it ended. */
  end(durationMs: number, endedBy: 'interviewer' | 'candidate'): Promise<void>;
  /** The room closes mid-interview: marks it unfinished if it had started (`durationMs` set). */
  leave(durationMs: number | undefined): Promise<void>;
}

export function createRecordKeeper(o: RecordKeeperOptions): RecordKeeper {
  const writer = (o.makeTurnWriter ?? createTurnWriter)({
    store: o.store,
    interviewId: o.interviewId,
    onChange: () => o.onChange(),
  });
  let opened: Promise<'open' | 'ended'> | undefined;
  let isOpen = false;
  let created: Promise<void> | undefined = Promise.resolve();
  const openedAt = o.wallClock();
  let earlier: TranscriptTurn[] = [];
  let nextSeq = 1;
  let notice: string | undefined;
  let releaseLock = () => {};

  async function openOnce(): Promise<'open' | 'ended'> {
    const record = await openRecord(o.store, o.interviewId);
    isOpen = true;
    notice = record.notice;
    if (record.isNew) created = undefined;
    if (record.alreadyEnded) return 'ended';
    earlier = record.earlier.map((t) => ({ ...t, interrupted: false, open: false }));
    nextSeq = Math.max(0, ...record.earlier.map((t) => t.seq)) + 1;
    releaseLock = o.holdLock?.(o.interviewId) ?? releaseLock;
    return 'open';
  }

  return {
    open: () => (opened ??= openOnce()),
    begin: () =>
      (created ??= createRecord(o.store, o.interviewId, o.setup, openedAt).then((problem) => {
        notice = problem ?? notice;
      })),
    earlier: () => earlier,
    nextSeq: () => nextSeq,
    write(turns) {
      turns.forEach((t) => writer.write(toTurn(t)));
    },
    saving: () => writer.state(),
    notice: () => notice,
    async end(durationMs, endedBy) {
      await writer.flush();
      notice =
        (await closeRecord(o.store, o.interviewId, { status: 'ended', durationMs, endedBy, endedAt: o.wallClock() })) ??
        notice;
      releaseLock();
    },
    async leave(durationMs) {
      await writer.flush();
      writer.dispose();
      // `created` is unset only for a new interview that never connected: nothing to close.
      if (isOpen && created && durationMs !== undefined)
        await closeRecord(o.store, o.interviewId, { status: 'unfinished', durationMs });
      releaseLock();
    },
  };
}
