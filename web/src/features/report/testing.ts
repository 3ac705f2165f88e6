// Hand-made interviews for the report and history tests.
import type { InterviewRecord, Turn } from '../../lib/interview';

export const SETUP = {
  topic: 'System design',
  level: 'Intermediate',
  voice: 'Puck',
  languageCode: 'en-US',
  lengthMinutes: 20,
  patience: 'normal',
  avatar: false,
} as const satisfies InterviewRecord['setup'];

export function record(overrides: Partial<InterviewRecord> = {}): InterviewRecord {
  return { id: 'i1', setup: { ...SETUP }, status: 'ended', createdAt: Date.UTC(2025, 2, 4, 14, 5), durationMs: 600_000, ...overrides };
}

export function turn(seq: number, role: Turn['role'], text: string, startMs = seq * 10_000): Turn {
  return { seq, role, text, startMs, endMs: startMs + 8_000 };
}

export const TURNS: Turn[] = [
  turn(0, 'interviewer', 'How would you shard a user table?'),
  turn(1, 'candidate', 'Um, I would shard by user id, because most reads are per user.'),
  turn(2, 'interviewer', 'And how would you rebalance?'),
  turn(3, 'candidate', 'With consistent hashing, so only a few keys move.'),
];
