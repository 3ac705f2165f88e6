import { describe, expect, it } from 'vitest';
import type { InterviewRecord, Turn } from './interview';
import {
  formatClock,
  formatDateTime,
  transcriptFileName,
  transcriptToJson,
  transcriptToMarkdown,
  TRANSCRIPT_FORMAT,
} from './transcript-export';

// 2025-03-04 14:05:00 UTC
const createdAt = Date.UTC(2025, 2, 4, 14, 5);

const record: InterviewRecord = {
  id: 'iv-1',
  status: 'ended',
  createdAt,
  endedAt: createdAt + 754_000,
  durationMs: 754_000,
  setup: {
    topic: 'System design',
    level: 'Advanced',
    voice: 'Puck',
    languageCode: 'en-GB',
    lengthMinutes: 20,
    patience: 'normal',
    avatar: false,
    jobDescription: { title: 'Backend Engineer', text: 'Build APIs.' },
  },
};

const turns: Turn[] = [
  { seq: 1, role: 'candidate', text: 'I would use a *token bucket*\nper user.', startMs: 65_000, endMs: 70_000 },
  { seq: 0, role: 'interviewer', text: 'How would you design a rate limiter?', startMs: 1_500, endMs: 4_000 },
];

describe('formatClock and formatDateTime', () => {
  it('writes mm:ss with minutes that keep counting past an hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_999)).toBe('01:05');
    expect(formatClock(4_503_000)).toBe('75:03');
    expect(formatClock(-5)).toBe('00:00');
  });

  it('writes the date the same way in any locale, in the given time zone', () => {
    expect(formatDateTime(createdAt, 'UTC')).toBe('2025-03-04 14:05');
    expect(formatDateTime(createdAt, 'Asia/Tokyo')).toBe('2025-03-04 23:05');
    expect(formatDateTime(Date.UTC(2025, 0, 1, 0, 30), 'UTC')).toBe('2025-01-01 00:30');
  });
});

describe('transcriptToMarkdown', () => {
  it('writes a heading with topic, level, date and duration, then each turn in order with its time', () => {
    expect(transcriptToMarkdown(record, turns, { timeZone: 'UTC' })).toBe(
      [
        '# Mock interview: System design',
        '',
        '- Level: Advanced',
        '- Date: 2025-03-04 14:05',
        '- Duration: 12:34',
        '- Language: en-GB',
        '- Role: Backend Engineer',
        '',
        '**Interviewer** (00:01): How would you design a rate limiter?',
        '',
        '**Candidate** (01:05): I would use a \\*token bucket\\* per user.',
        '',
      ].join('\n'),
    );
  });

  it('marks a typed answer as typed', () => {
    const typed: Turn = {
      seq: 3,
      role: 'candidate',
      text: 'I would shard it.',
      startMs: 70_000,
      endMs: 70_000,
      typed: true,
    };
    expect(transcriptToMarkdown(record, [...turns, typed], { timeZone: 'UTC' })).toContain(
      '**Candidate** (01:10, typed): I would shard it.',
    );
  });

  it('marks an unfinished interview and takes its duration from the last turn', () => {
    const unfinished: InterviewRecord = { id: 'iv-2', status: 'unfinished', createdAt, setup: record.setup };
    const markdown = transcriptToMarkdown(unfinished, turns, { timeZone: 'UTC' });
    expect(markdown).toContain('- Duration: 01:10');
    expect(markdown).toContain('- Status: unfinished');
  });
});

describe('transcriptToJson', () => {
  it('writes a versioned document with the setup and the turns in order', () => {
    const document: unknown = JSON.parse(transcriptToJson(record, turns, Date.UTC(2025, 2, 5)));
    expect(document).toEqual({
      format: TRANSCRIPT_FORMAT,
      version: 1,
      exportedAt: '2025-03-05T00:00:00.000Z',
      interview: {
        id: 'iv-1',
        status: 'ended',
        createdAt: '2025-03-04T14:05:00.000Z',
        endedAt: '2025-03-04T14:17:34.000Z',
        durationMs: 754_000,
        setup: record.setup,
      },
      turns: [turns[1], turns[0]],
    });
  });
});

describe('transcriptFileName', () => {
  it('names the file after the topic and the date', () => {
    expect(transcriptFileName(record, 'md', 'UTC')).toBe('mockingbird-system-design-2025-03-04.md');
    const odd = { ...record, setup: { ...record.setup, topic: 'Café / C++ & Rust!' } };
    expect(transcriptFileName(odd, 'json', 'UTC')).toBe('mockingbird-cafe-c-rust-2025-03-04.json');
    const empty = { ...record, setup: { ...record.setup, topic: '???' } };
    expect(transcriptFileName(empty, 'md', 'UTC')).toBe('mockingbird-interview-2025-03-04.md');
  });
});
