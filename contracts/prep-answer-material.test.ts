// The preparation pack's answer material: what to say, not only what will be asked.
import { describe, expect, it } from 'vitest';
import { buildPrepPrompt } from './prep-prompt.ts';
import { keptPrepContentSchema, prepContentSchema } from './prep-schema.ts';
import { samplePrepContent } from './testing/sample-prep-content.ts';

const { systemInstruction } = buildPrepPrompt({ topic: 'Payments backend', level: 'Advanced' });

describe('answer material in the preparation pack', () => {
  it('has a "tell me about yourself" outline, STAR stories, concepts to revise and situational questions', () => {
    expect(prepContentSchema.safeParse(samplePrepContent).success).toBe(true);
    const { introOutline, stories, concepts, situational, ...rest } = samplePrepContent;
    expect([introOutline, stories, concepts, situational].every(Boolean)).toBe(true);
    expect(prepContentSchema.safeParse(rest).success).toBe(false);
  });

  it('links each STAR story to a CV episode and leaves figures the CV lacks as [placeholders]', () => {
    expect(systemInstruction).toMatch(/each drawn from one episode of the CV \(name it in cvEpisode, without dates\)/);
    expect(systemInstruction).toMatch(
      /write a \[placeholder\] such as \[how much faster\] instead of inventing it\. No CV: no stories\./,
    );
    expect(samplePrepContent.stories[0]?.result).toMatch(/\[how often\]/);
  });

  it('asks for the outline, the concepts and the situational questions', () => {
    expect(systemInstruction).toMatch(/introOutline: an outline for "Tell me about yourself"/);
    expect(systemInstruction).toMatch(
      /concepts: three to six concepts.*situational: two to four "What would you do if…" questions with how to approach each/,
    );
  });

  it('still opens a pack saved before answer material existed', () => {
    const { introOutline: _i, stories: _s, concepts: _c, situational: _q, ...old } = samplePrepContent;
    expect(keptPrepContentSchema.safeParse(old).success).toBe(true);
  });
});
