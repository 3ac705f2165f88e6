import type { InterviewRecord, Turn } from './interview';

// Downloadable transcripts: Markdown to read or share, JSON for other tools. Both are built from
// the record and turns alone, so they work from memory when storage has failed.

export const TRANSCRIPT_FORMAT = 'mockingbird-transcript';
export const TRANSCRIPT_VERSION = 1;

export interface TranscriptExportOptions {
  /** IANA time zone for the date line; the browser's own when left out. */
  timeZone?: string;
}

/** "mm:ss" from milliseconds; minutes keep counting past an hour ("75:03"). */
export function formatClock(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/** "YYYY-MM-DD HH:mm" in `timeZone`: the same in every locale, sortable, unambiguous. */
export function formatDateTime(epochMs: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** How long the interview ran: its recorded duration, else where its last turn ends. */
export function interviewDurationMs(record: InterviewRecord, turns: readonly Turn[]): number {
  return record.durationMs ?? Math.max(0, ...turns.map((t) => t.endMs));
}

/** Speech on one line, with the characters Markdown would act on escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`);
}

const SPEAKER_LABEL = { interviewer: 'Interviewer', candidate: 'Candidate' } as const;

export function transcriptToMarkdown(
  record: InterviewRecord,
  turns: readonly Turn[],
  options: TranscriptExportOptions = {},
): string {
  const { setup } = record;
  const details = [
    `- Level: ${setup.level}`,
    `- Date: ${formatDateTime(record.createdAt, options.timeZone)}`,
    `- Duration: ${formatClock(interviewDurationMs(record, turns))}`,
    `- Language: ${setup.languageCode}`,
    ...(setup.jobDescription?.title ? [`- Role: ${markdownText(setup.jobDescription.title)}`] : []),
    ...(record.status === 'ended'
      ? []
      : ['- Status: unfinished (cut off before the end; this is every turn that was saved)']),
  ];
  const body = [...turns]
    .sort((a, b) => a.seq - b.seq)
    .map(
      (turn) =>
        `**${SPEAKER_LABEL[turn.role]}** (${formatClock(turn.startMs)}${turn.typed ? ', typed' : ''}): ${markdownText(turn.text)}`,
    );
  return [`# Mock interview: ${markdownText(setup.topic)}`, '', ...details, '', body.join('\n\n'), ''].join('\n');
}

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

export function transcriptToJson(
  record: InterviewRecord,
  turns: readonly Turn[],
  exportedAt: number = Date.now(),
): string {
  const document = {
    format: TRANSCRIPT_FORMAT,
    version: TRANSCRIPT_VERSION,
    exportedAt: iso(exportedAt),
    interview: {
      id: record.id,
      status: record.status,
      createdAt: iso(record.createdAt),
      ...(record.endedAt !== undefined ? { endedAt: iso(record.endedAt) } : {}),
      durationMs: interviewDurationMs(record, turns),
      setup: record.setup,
    },
    turns: [...turns]
      .sort((a, b) => a.seq - b.seq)
      .map(({ seq, role, text, startMs, endMs }) => ({ seq, role, text, startMs, endMs })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** "System Design: Café" → "system-design-cafe": ASCII, at most 40 characters, for file names. */
export function topicSlug(topic: string): string {
  return (
    topic
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'interview'
  );
}

/** "mockingbird-system-design-2025-03-04.md": topic as a slug, then the interview's date. */
export function transcriptFileName(
  record: InterviewRecord,
  extension: 'md' | 'json' | 'webm' | 'ogg' | 'm4a',
  timeZone?: string,
): string {
  const slug = topicSlug(record.setup.topic);
  const date = formatDateTime(record.createdAt, timeZone).slice(0, 10);
  return `mockingbird-${slug}-${date}.${extension}`;
}
