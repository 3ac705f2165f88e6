// A backup file with earlier interviews, so history has a progress chart to show. It is
// imported through the app's own Import button, the way a user brings data to a new device.

const DAY = 86_400_000;

interface Earlier {
  id: string;
  topic: string;
  daysAgo: number;
  score: number;
  answer: string;
  /** The pace the answer's voiced span gives it (the voice detector's times, as the app stores them). */
  wordsPerMinute: number;
}

const EARLIER: Earlier[] = [
  {
    id: 'earlier-1',
    topic: 'Python backend',
    daysAgo: 24,
    score: 48,
    answer: 'I mostly wrote scripts and some Flask endpoints.',
    wordsPerMinute: 110,
  },
  {
    id: 'earlier-2',
    topic: 'System design',
    daysAgo: 19,
    score: 38,
    answer: 'I would put a cache in front of the database.',
    wordsPerMinute: 125,
  },
  {
    id: 'earlier-3',
    topic: 'Python backend',
    daysAgo: 14,
    score: 61,
    answer: 'I split the service into a queue and two workers.',
    wordsPerMinute: 140,
  },
  {
    id: 'earlier-4',
    topic: 'System design',
    daysAgo: 8,
    score: 57,
    answer: 'I would shard by customer and replicate reads.',
    wordsPerMinute: 150,
  },
  {
    id: 'earlier-5',
    topic: 'Python backend',
    daysAgo: 3,
    score: 70,
    answer: 'I profiled the endpoint and removed an N plus one query.',
    wordsPerMinute: 145,
  },
];

function report(score: number, quote: string) {
  const entry = { score: Math.max(1, Math.round(score / 20)), comment: 'A fair answer.', quotes: [quote] };
  return {
    overallScore: score,
    summary: 'An earlier practice session.',
    rubric: { communication: entry, domainKnowledge: entry, structure: entry, relevance: entry },
    strengths: ['Concrete examples'],
    improvements: [
      { point: 'Quantify the impact', tryThis: 'Say: it cut the response time from 900 to 120 milliseconds.' },
    ],
    perQuestion: [{ question: 'Tell me about your recent work.', note: 'Clear.', score: entry.score }],
    recommendation: 'Keep practising.',
    nextTopics: ['Caching'],
  };
}

/** One span of voice long enough for the answer's words at its pace. */
function voicedSpan(e: Earlier, startMs: number) {
  const words = e.answer.split(/\s+/).length;
  const ms = Math.round((words / e.wordsPerMinute) * 60_000);
  return { startMs, endMs: startMs + ms, voicedMs: ms };
}

export function earlierInterviewsBackup(now: number): string {
  const interviews = EARLIER.map((e) => {
    const createdAt = now - e.daysAgo * DAY;
    return {
      interview: {
        id: e.id,
        setup: {
          topic: e.topic,
          level: 'Intermediate',
          voice: 'Puck',
          languageCode: 'en-US',
          lengthMinutes: 10,
          patience: 'normal',
          avatar: false,
        },
        status: 'ended',
        createdAt,
        endedAt: createdAt + 540_000,
        durationMs: 540_000,
      },
      turns: [
        {
          seq: 0,
          role: 'interviewer',
          text: 'Tell me about your recent work.',
          startMs: 0,
          endMs: 3000,
          speech: [{ startMs: 0, endMs: 3000, voicedMs: 3000 }],
        },
        { seq: 1, role: 'candidate', text: e.answer, startMs: 4200, endMs: 9000, speech: [voicedSpan(e, 4200)] },
      ],
      report: { interviewId: e.id, createdAt: createdAt + 600_000, report: report(e.score, e.answer) },
    };
  });
  return JSON.stringify({
    format: 'mockingbird-backup',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    interviews,
    prepPacks: [],
  });
}

export const EARLIER_COUNT = EARLIER.length;
