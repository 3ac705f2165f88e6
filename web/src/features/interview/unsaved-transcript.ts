// When storage fails, the room itself is where the interview still exists in full: these decide
// when that is so, and make the record a transcript download needs from what the room holds.

import type { InterviewRecord, InterviewSetup, Turn } from '../../lib/interview';
import type { SessionSnapshot } from './session-types';

/** Some of the interview is not on the device: a write keeps failing, or the record itself could not be kept. */
export function hasUnsavedLines(s: Pick<SessionSnapshot, 'saving' | 'notice'>): boolean {
  return s.saving.status === 'retrying' || s.notice !== undefined;
}

export interface RoomTranscript {
  record: InterviewRecord;
  turns: Turn[];
}

/** The interview as the room knows it: every line with words, including one still being spoken. */
export function roomTranscript(o: {
  interviewId: string;
  setup: InterviewSetup;
  createdAt: number;
  snapshot: Pick<SessionSnapshot, 'phase' | 'turns' | 'elapsedMs'>;
}): RoomTranscript {
  const ended = o.snapshot.phase.status === 'ended';
  const record: InterviewRecord = {
    id: o.interviewId,
    setup: o.setup,
    status: ended ? 'ended' : 'unfinished',
    createdAt: o.createdAt,
    durationMs: o.snapshot.elapsedMs,
    ...(ended ? { endedAt: o.createdAt + o.snapshot.elapsedMs } : {}),
  };
  const turns = o.snapshot.turns
    .filter((t) => t.text.trim() !== '')
    .map(({ seq, role, text, startMs, endMs }) => ({ seq, role, text, startMs, endMs }));
  return { record, turns };
}
