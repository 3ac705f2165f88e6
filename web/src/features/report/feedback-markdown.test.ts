import { describe, expect, it } from 'vitest';
import type { Turn } from '../../lib/interview';
import { feedbackMarkdown } from './feedback-markdown';

const turns: Turn[] = [
  { seq: 0, role: 'interviewer', text: 'How would you shard?', startMs: 0, endMs: 900 },
  { seq: 1, role: 'candidate', text: 'By *user* id.', startMs: 1000, endMs: 1900 },
];

describe('feedback markdown', () => {
  it('carries the question, the quoted answer, what worked and was missing, and a labelled example', () => {
    const md = feedbackMarkdown(
      [
        {
          questionTurn: 1,
          question: 'How would you shard?',
          answerTurns: [2],
          score: null,
          whatWorked: 'Direct.',
          whatWasMissing: 'A number.',
          exampleAnswer: 'By [key], at [N] writes a second.',
        },
      ],
      turns,
    );
    expect(md).toContain('## Question by question');
    expect(md).toContain('### 1. How would you shard?');
    expect(md).toContain('Score: not enough evidence');
    expect(md).toContain('> By \\*user\\* id.');
    expect(md).toContain('What worked: Direct.');
    expect(md).toContain('What was missing: A number.');
    expect(md).toMatch(
      /Example of a stronger answer \(an example[^\n]*\n\n> By \\\[key\\\], at \\\[N\\\] writes a second\./,
    );
  });

  it('is empty when the report has no questions', () => {
    expect(feedbackMarkdown([], turns)).toBe('');
  });
});
