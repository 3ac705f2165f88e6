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
  return {
    id: 'i1',
    setup: { ...SETUP },
    status: 'ended',
    createdAt: Date.UTC(2025, 2, 4, 14, 5),
    durationMs: 600_000,
    ...overrides,
  };
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

/** TURNS and one long answer more: above the evidence floor (evidence-floor.ts), so a report is written. */
export const ENOUGH_TURNS: Turn[] = [
  ...TURNS,
  turn(4, 'interviewer', 'What would you monitor once it runs?'),
  turn(
    5,
    'candidate',
    'I would watch the size of each shard, the latency of the slowest shard, and how often a request has to touch more than one shard, ' +
      'because those three tell me early when the key choice stops fitting the traffic, and I would alert on growth rather than on absolute numbers.',
  ),
];
