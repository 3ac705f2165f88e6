// Hand-made records for storage and backup tests.
import type { InterviewRecord, InterviewStatus, Turn } from '../../lib/interview';
import type { InterviewReport } from '../../../../contracts/report-schema.ts';
import type { PrepPackRecord, RecordingInfo, StoredRecording, StoredReport } from './types';

export function makeInterview(id: string, createdAt: number, status: InterviewStatus = 'ended'): InterviewRecord {
  return {
    id,
    status,
    createdAt,
    setup: {
      topic: 'System design',
      level: 'Intermediate',
      voice: 'Puck',
      languageCode: 'en-US',
      lengthMinutes: 20,
      patience: 'normal',
      avatar: false,
    },
    ...(status === 'ended' ? { endedAt: createdAt + 60_000, durationMs: 60_000 } : {}),
  };
}

export function makeTurn(seq: number, text = `turn ${seq}`): Turn {
  return {
    seq,
    role: seq % 2 === 0 ? 'interviewer' : 'candidate',
    text,
    startMs: seq * 10_000,
    endMs: seq * 10_000 + 8_000,
  };
}

export function makeReportBody(overallScore: number | null = 72): InterviewReport {
  const entry = { score: 4, comment: 'Clear.', quotes: ['I would shard by user id'] };
  return {
    summary: 'A solid answer on sharding.',
    rubric: { communication: entry, domainKnowledge: entry, structure: { ...entry, score: 3 }, relevance: entry },
    strengths: ['Concrete examples'],
    improvements: [{ point: 'Quantify load', tryThis: 'Say: we expected 5,000 writes a second.' }],
    perQuestion: [
      {
        questionTurn: 2,
        question: 'How would you shard?',
        answerTurns: [3],
        score: 4,
        whatWorked: 'Good trade-offs.',
        whatWasMissing: 'The expected load.',
        exampleAnswer: 'I would shard by user id, because [expected load].',
      },
    ],
    recommendation: 'Ready for mid-level interviews.',
    nextTopics: ['Caching'],
    overallScore,
  };
}

export function makeReport(interviewId: string, overallScore = 72): StoredReport {
  return { interviewId, createdAt: 1_700_000_100_000, report: makeReportBody(overallScore) };
}

export function makePrepPack(id: string, createdAt: number): PrepPackRecord {
  return { id, createdAt, pack: { questions: ['Tell me about a hard bug.'] } };
}

export function makeRecordingInfo(interviewId: string, patch: Partial<RecordingInfo> = {}): RecordingInfo {
  return {
    interviewId,
    mimeType: 'audio/webm;codecs=opus',
    createdAt: 2,
    startedAtMs: 0,
    durationMs: 0,
    bytes: 0,
    turnOffsets: [],
    state: 'recording',
    ...patch,
  };
}

/** A whole recording holding `text` as its bytes. */
export function makeRecording(interviewId: string, text = 'opus bytes'): StoredRecording {
  const blob = new Blob([text]);
  return { ...makeRecordingInfo(interviewId, { state: 'complete', bytes: blob.size, durationMs: 1000 }), blob };
}
