import { describe, expect, it } from 'vitest';
import { continuationText, KICKOFF_TEXT } from './kickoff';

const turn = (seq: number, role: 'interviewer' | 'candidate', text: string) => ({ seq, role, text, startMs: 0, endMs: 0 });

describe('continuationText', () => {
  it('is the plain kickoff when nothing was said yet', () => {
    expect(continuationText([])).toBe(KICKOFF_TEXT);
  });

  it('carries the recent conversation in order and asks not to greet again', () => {
    const text = continuationText([turn(1, 'interviewer', 'Tell me about you.'), turn(2, 'candidate', 'I build APIs.')]);
    expect(text).toContain('Interviewer: Tell me about you.\nCandidate: I build APIs.');
    expect(text).toMatch(/Do not greet/);
  });

  it('keeps the newest turns when the transcript is long', () => {
    const many = Array.from({ length: 200 }, (_, i) => turn(i, 'candidate', `answer number ${i} `.repeat(5)));
    const text = continuationText(many);
    expect(text).toContain('answer number 199');
    expect(text).not.toContain('answer number 0 ');
    expect(text.length).toBeLessThan(7000);
  });
});
