import { describe, expect, it } from 'vitest';
import type { TranscriptTurn } from './transcript/transcript';
import { hasUnsavedLines, roomTranscript } from './unsaved-transcript';

const setup = {
  topic: 'Payments',
  level: 'Intermediate',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 10,
  patience: 'normal',
  avatar: false,
} as const;
const turn = (seq: number, role: 'interviewer' | 'candidate', text: string, open = false): TranscriptTurn => ({
  seq,
  role,
  text,
  startMs: seq * 1000,
  endMs: seq * 1000 + 500,
  interrupted: false,
  open,
});

describe('hasUnsavedLines', () => {
  it('is true while a write keeps failing or when the record could not be kept, false once all is saved', () => {
    const error = { name: 'StoreError', message: 'Storage is full.' } as never;
    expect(hasUnsavedLines({ saving: { status: 'retrying', pending: 2, error, retryInMs: 500 } })).toBe(true);
    expect(
      hasUnsavedLines({ saving: { status: 'saved' }, notice: 'This interview could not be saved on this device.' }),
    ).toBe(true);
    expect(hasUnsavedLines({ saving: { status: 'saving', pending: 1 } })).toBe(false);
    expect(hasUnsavedLines({ saving: { status: 'saved' } })).toBe(false);
  });
});

describe('roomTranscript', () => {
  it('keeps every line with words, the one being spoken too, and dates the record from the room', () => {
    const turns = [
      turn(1, 'interviewer', 'Hello.'),
      turn(2, 'candidate', 'Hi there.'),
      turn(3, 'interviewer', ''),
      turn(4, 'interviewer', 'Next question', true),
    ];
    const t = roomTranscript({
      interviewId: 'iv',
      setup,
      createdAt: 1000,
      snapshot: { phase: { status: 'ended', by: 'interviewer' }, turns, elapsedMs: 9000 },
    });
    expect(t.turns.map((x) => x.text)).toEqual(['Hello.', 'Hi there.', 'Next question']);
    expect(t.turns[0]).toEqual({ seq: 1, role: 'interviewer', text: 'Hello.', startMs: 1000, endMs: 1500 });
    expect(t.record).toEqual({ id: 'iv', setup, status: 'ended', createdAt: 1000, durationMs: 9000, endedAt: 10_000 });
  });

  it('marks a transcript taken mid-interview as unfinished', () => {
    const t = roomTranscript({
      interviewId: 'iv',
      setup,
      createdAt: 1000,
      snapshot: { phase: { status: 'live' }, turns: [], elapsedMs: 3000 },
    });
    expect(t.record.status).toBe('unfinished');
    expect(t.record.endedAt).toBeUndefined();
  });
});
