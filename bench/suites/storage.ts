import type { Page } from 'playwright';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';

// IndexedDB through the app's real store, in Chromium: writing 1,000 turns one at a time, as the
// live room saves each finished turn, and reading a 30-minute interview back the way the report
// page opens it (record, turns and report together). `page` must be on the origin of a Vite dev
// server for web/ (e2e/audio/vite-dev.ts), so the store's source can be imported as the app does.

const RUNS = 5;
const TURNS_WRITTEN = 1_000;
/** A 30-minute interview: about 15 s a turn, each about 40 words. */
const INTERVIEW_TURNS = 120;

interface StorageSample {
  writeMs: number;
  readMs: number;
  readTurns: number;
}

/** The part of the app's Store this uses (the page imports the real one by path). */
interface BenchStore {
  createInterview(record: unknown): Promise<void>;
  putTurn(id: string, turn: unknown): Promise<void>;
  getInterview(id: string): Promise<unknown>;
  listTurns(id: string): Promise<unknown[]>;
  getReport(id: string): Promise<unknown>;
  deleteInterview(id: string): Promise<void>;
}

/** Runs in the page: opens the real store, writes, reads, and cleans up after itself. */
async function measureInPage(args: { run: number; written: number; interviewTurns: number }): Promise<StorageSample> {
  const modulePath = '/src/services/storage/open-store.ts';
  const { openStore } = (await import(modulePath)) as {
    openStore: () => Promise<{ kind: string; store: BenchStore; close?: () => void }>;
  };
  const opened = await openStore();
  if (opened.kind !== 'indexeddb') throw new Error('IndexedDB did not open in the benchmark page.');
  const { store } = opened;
  const setup = {
    topic: 'Storage bench',
    level: 'Intermediate',
    voice: 'Puck',
    languageCode: 'en-US',
    lengthMinutes: 30,
    patience: 'normal',
    avatar: false,
  };
  const words = 'I would measure first, then change one thing at a time and measure again. '.repeat(3).trim();
  // Built up front, with no named inner functions: tsx would wrap those in a helper the page lacks.
  const turns = Array.from({ length: Math.max(args.written, args.interviewTurns) }, (_, seq) => ({
    seq,
    role: seq % 2 ? 'candidate' : 'interviewer',
    text: `${seq}: ${words}`,
    startMs: seq * 15_000,
    endMs: seq * 15_000 + 12_000,
  }));

  const writeId = `bench-write-${args.run}`;
  await store.createInterview({ id: writeId, setup, status: 'live', createdAt: Date.now() });
  const writeStart = performance.now();
  for (const turn of turns.slice(0, args.written)) await store.putTurn(writeId, turn);
  const writeMs = performance.now() - writeStart;

  const readId = `bench-read-${args.run}`;
  await store.createInterview({ id: readId, setup, status: 'ended', createdAt: Date.now(), durationMs: 1_800_000 });
  for (const turn of turns.slice(0, args.interviewTurns)) await store.putTurn(readId, turn);
  const readStart = performance.now();
  const [, readBack] = await Promise.all([
    store.getInterview(readId),
    store.listTurns(readId),
    store.getReport(readId),
  ]);
  const readMs = performance.now() - readStart;

  await store.deleteInterview(writeId);
  await store.deleteInterview(readId);
  opened.close?.();
  return { writeMs, readMs, readTurns: readBack.length };
}

export async function benchStorage(page: Page): Promise<Figure[]> {
  const samples: StorageSample[] = [];
  for (let run = 0; run < RUNS; run++) {
    const sample = await page.evaluate(measureInPage, { run, written: TURNS_WRITTEN, interviewTurns: INTERVIEW_TURNS });
    if (sample.readTurns !== INTERVIEW_TURNS)
      throw new Error(`Read ${sample.readTurns} turns back instead of ${INTERVIEW_TURNS}.`);
    samples.push(sample);
  }
  return [
    toFigure({
      id: 'storage-write-1000-turns',
      label: 'IndexedDB: write 1,000 turns one by one (as the room saves them)',
      unit: 'ms',
      values: samples.map((s) => s.writeMs),
    }),
    toFigure({
      id: 'storage-read-interview',
      label: `IndexedDB: open a 30-minute interview (${INTERVIEW_TURNS} turns, record and report)`,
      unit: 'ms',
      values: samples.map((s) => s.readMs),
      budget: { on: 'median', max: 50, text: '≤ 50 ms' },
    }),
  ];
}
