import { describe, expect, it } from 'vitest';
import type { Turn } from '../../lib/interview';
import { speakingMarkdown } from './speaking-markdown';
import { turn, TURNS } from './testing';

const heard = (t: Turn): Turn => ({
  ...t,
  speech: [{ startMs: t.startMs, endMs: t.endMs, voicedMs: t.endMs - t.startMs }],
});

describe('speakingMarkdown', () => {
  it('writes the measured figures the report page shows', () => {
    const markdown = speakingMarkdown(TURNS.map(heard), 'en-US');
    expect(markdown).toContain('## How you spoke');
    expect(markdown).toContain(
      '- Speaking pace: 83 wpm (Words per minute while your voice was heard; 120–160 is easy to follow)',
    );
    expect(markdown).toContain('- Your share of talk time: 50% (The interviewer had 50%)');
  });

  it('says "Not measured" for an older interview, and lists typed answers on their own', () => {
    const markdown = speakingMarkdown(
      [...TURNS, turn(4, 'interviewer', 'Anything else?'), { ...turn(5, 'candidate', 'No, thank you.'), typed: true }],
      'en-US',
    );
    expect(markdown).toContain(
      '- Speaking pace: Not measured (Your voice was not timed in this interview, so there is no pace)',
    );
    expect(markdown).toContain('- Typed answers: 1 (3 words, kept out of pace and pauses)');
    expect(markdown).not.toMatch(/\d+ wpm/);
  });

  it('has nothing to say when the candidate never answered', () => {
    expect(speakingMarkdown([turn(0, 'interviewer', 'Hello?')], 'en-US')).toBe('');
  });
});
