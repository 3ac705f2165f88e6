import type { z } from 'zod';
import type { ImportSummary, Store, StoreSnapshot } from './types';
import { backupV1Schema, type BackupV1 } from './backup-schema';

// "Export all data" writes one JSON file; "Import" reads it back. What goes in, and why:
// - interviews with their turns and reports, and prep packs: the user's history;
// - not recordings: a 30-minute recording is several megabytes, a third more again as base64
//   text, so a few of them would make the file too big to import on a phone; they are also the
//   most sensitive data. A recording can be downloaded on its own from the report page;
// - not settings: they belong to this device, and one of them is the user's own Gemini key,
//   which must never end up in a file that gets copied around.
// Import checks the whole file first and adds nothing if any record is wrong; records already
// on this device (same id) are skipped, never overwritten.

export const BACKUP_FORMAT = 'mockingbird-backup';
export const BACKUP_VERSION = 1;
/** Big enough for years of daily practice as text; small enough to parse on a phone. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type BackupReadResult =
  { ok: true; snapshot: StoreSnapshot; exportedAt: string } | { ok: false; message: string };

const NOTHING_IMPORTED = 'Nothing was imported.';

export function serializeBackup(snapshot: StoreSnapshot, exportedAt: number = Date.now()): string {
  const backup: BackupV1 = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    interviews: snapshot.interviews.map(({ interview, turns, report }) => ({
      interview,
      turns,
      ...(report ? { report } : {}),
    })),
    prepPacks: snapshot.prepPacks,
  };
  return JSON.stringify(backup);
}

export function backupFileName(exportedAt: number = Date.now()): string {
  return `mockingbird-backup-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

function tooBig(bytes: number, maxBytes: number): BackupReadResult {
  return {
    ok: false,
    message: `This file is ${megabytes(bytes)}, more than the ${megabytes(maxBytes)} a Mockingbird backup can be, so it is not one. ${NOTHING_IMPORTED}`,
  };
}

/** "interview 3, turn 5, startMs" from a zod path. */
function describePath(path: readonly PropertyKey[]): string {
  const names: Record<string, string> = { interviews: 'interview', turns: 'turn', prepPacks: 'prep pack' };
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    if (names[key] !== undefined && typeof next === 'number') {
      words.push(`${names[key]} ${next + 1}`);
      i++;
    } else if (key !== 'interview') {
      words.push(key);
    }
  }
  return words.join(', ');
}

function damaged(error: z.ZodError): BackupReadResult {
  const issue = error.issues[0];
  const where = issue ? describePath(issue.path) : '';
  const what = issue ? `${where ? `${where}: ` : ''}${issue.message}` : 'unknown problem';
  return { ok: false, message: `This backup file is damaged or was edited (${what}). ${NOTHING_IMPORTED}` };
}

/** Checks the marker and version before the records, so a wrong file gets the right sentence. */
function checkEnvelope(value: unknown): BackupReadResult | undefined {
  const envelope = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (envelope.format === 'mockingbird-transcript') {
    return {
      ok: false,
      message: `This is the transcript of one interview, not a backup. Import takes the file made by "Export all data". ${NOTHING_IMPORTED}`,
    };
  }
  if (envelope.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      message: `This file is JSON but not a Mockingbird backup. Choose the file made by "Export all data". ${NOTHING_IMPORTED}`,
    };
  }
  if (typeof envelope.version === 'number' && envelope.version > BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup was made by a newer version of Mockingbird. Reload the page to update, then import it again. ${NOTHING_IMPORTED}`,
    };
  }
  if (envelope.version !== BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup has a format version (${String(envelope.version)}) that Mockingbird does not know. ${NOTHING_IMPORTED}`,
    };
  }
  return undefined;
}

/** Validates a backup's text; on failure says what is wrong in a sentence. */
export function parseBackup(text: string, maxBytes: number = MAX_BACKUP_BYTES): BackupReadResult {
  // Characters, not bytes; close enough to refuse before parsing something huge.
  if (text.length > maxBytes) return tooBig(text.length, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `This file is not a Mockingbird backup: it is not valid JSON. Choose the file made by "Export all data". ${NOTHING_IMPORTED}`,
    };
  }
  const wrongEnvelope = checkEnvelope(value);
  if (wrongEnvelope) return wrongEnvelope;
  const parsed = backupV1Schema.safeParse(value);
  if (!parsed.success) return damaged(parsed.error);
  const { interviews, prepPacks, exportedAt } = parsed.data;
  return { ok: true, snapshot: { interviews, prepPacks }, exportedAt };
}

/** Reads a chosen file, refusing a huge one before loading it into memory. */
export async function readBackupFile(file: Blob, maxBytes: number = MAX_BACKUP_BYTES): Promise<BackupReadResult> {
  if (file.size > maxBytes) return tooBig(file.size, maxBytes);
  return parseBackup(await file.text(), maxBytes);
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "Imported 3 interviews and 1 prep pack. 2 were already on this device and were kept as they are." */
export function describeImport(summary: ImportSummary): string {
  const added = `Imported ${plural(summary.interviewsAdded, 'interview')} and ${plural(summary.prepPacksAdded, 'prep pack')}.`;
  const skipped = summary.interviewsSkipped + summary.prepPacksSkipped;
  if (skipped === 0) return added;
  return `${added} ${skipped === 1 ? '1 was' : `${skipped} were`} already on this device and kept as ${skipped === 1 ? 'it is' : 'they are'}.`;
}

export type ImportOutcome = { ok: true; summary: ImportSummary; message: string } | { ok: false; message: string };

/** The whole import: read, validate, add what is new. Never throws; every failure is a sentence. */
export async function importBackup(
  file: Blob,
  store: Pick<Store, 'importSnapshot'>,
  maxBytes: number = MAX_BACKUP_BYTES,
): Promise<ImportOutcome> {
  const read = await readBackupFile(file, maxBytes).catch((): BackupReadResult => ({
    ok: false,
    message: `The file could not be read. Choose it again. ${NOTHING_IMPORTED}`,
  }));
  if (!read.ok) return read;
  try {
    const summary = await store.importSnapshot(read.snapshot);
    return { ok: true, summary, message: describeImport(summary) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'The data could not be saved.';
    return { ok: false, message: `${reason} ${NOTHING_IMPORTED}` };
  }
}
