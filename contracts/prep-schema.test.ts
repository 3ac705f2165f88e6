import { describe, expect, it } from 'vitest';
import { parseModelJson } from './model-json.ts';
import { prepTask } from './prep-prompt.ts';
import { keptPrepContentSchema, prepContentSchema } from './prep-schema.ts';
import { samplePrepContent as samplePrepPack } from './testing/sample-prep-content.ts';

const parsePrepPack = (text: string | undefined) => parseModelJson(prepContentSchema, text);
const prepJsonSchema = prepTask.jsonSchema;

const eight = samplePrepPack.questions;
const [firstQuestion] = eight;

describe('preparation pack schema', () => {
  it('accepts a complete pack', () => {
    expect(parsePrepPack(JSON.stringify(samplePrepPack))).toEqual(samplePrepPack);
  });

  it('drops fields it does not know instead of passing them on', () => {
    expect(parsePrepPack(JSON.stringify({ ...samplePrepPack, advice: 'extra' }))).toEqual(samplePrepPack);
  });

  it.each([
    ['seven questions', { ...samplePrepPack, questions: eight.slice(0, 7) }],
    ['thirteen questions', { ...samplePrepPack, questions: [...eight, ...eight.slice(0, 5)] }],
    [
      'a question in an unknown group',
      { ...samplePrepPack, questions: [{ ...firstQuestion, category: 'trivia' }, ...eight.slice(1)] },
    ],
    [
      'a question without a reason',
      { ...samplePrepPack, questions: [{ ...firstQuestion, whyLikely: '  ' }, ...eight.slice(1)] },
    ],
    [
      'five CV facts for one answer',
      { ...samplePrepPack, questions: [{ ...firstQuestion, cvFacts: ['a', 'b', 'c', 'd', 'e'] }, ...eight.slice(1)] },
    ],
    ['two strengths', { ...samplePrepPack, strengths: samplePrepPack.strengths.slice(0, 2) }],
    ['a gap without an angle', { ...samplePrepPack, gaps: [{ gap: 'No Kotlin' }, ...samplePrepPack.gaps.slice(1)] }],
    ['two questions to ask', { ...samplePrepPack, questionsToAsk: samplePrepPack.questionsToAsk.slice(0, 2) }],
    ['four questions to ask', { ...samplePrepPack, questionsToAsk: [...samplePrepPack.questionsToAsk, 'One more?'] }],
    ['a missing focus', { ...samplePrepPack, focus: undefined }],
    ['a missing sharpenWith list', { ...samplePrepPack, sharpenWith: undefined }],
  ])('rejects %s', (_label, value) => {
    expect(parsePrepPack(JSON.stringify(value))).toBeUndefined();
  });

  it('rejects text that is not JSON, and no text', () => {
    expect(parsePrepPack('{"focus": "cut sh')).toBeUndefined();
    expect(parsePrepPack(undefined)).toBeUndefined();
  });

  it('sends Gemini a JSON schema with every field required and the counts the pack promises', () => {
    expect(prepJsonSchema.$schema).toBeUndefined();
    expect(prepJsonSchema.required).toEqual(
      expect.arrayContaining(['focus', 'questions', 'strengths', 'gaps', 'questionsToAsk', 'sharpenWith']),
    );
    const text = JSON.stringify(prepJsonSchema);
    expect(text).toContain('"minItems":8,"maxItems":12');
    expect(text).toContain('"minItems":3,"maxItems":5');
    expect(text).toContain('"minItems":3,"maxItems":3');
    expect(text).toContain('"enum":["behavioural","technical","role","cv"]');
  });

  it('keeps the field names the browser expects', () => {
    expect(Object.keys(prepContentSchema.shape)).toEqual([
      'focus',
      'questions',
      'strengths',
      'gaps',
      'questionsToAsk',
      'sharpenWith',
      'introOutline',
      'stories',
      'concepts',
      'situational',
    ]);
  });

  it('lets the browser keep every pack the model may write, and a smaller one saved by another version', () => {
    expect(keptPrepContentSchema.parse(samplePrepPack)).toEqual(samplePrepPack);
    const small = { ...samplePrepPack, questions: eight.slice(0, 2), strengths: [], gaps: [] };
    expect(keptPrepContentSchema.safeParse(small).success).toBe(true);
    expect(keptPrepContentSchema.safeParse({ ...samplePrepPack, sharpenWith: undefined }).success).toBe(false);
  });
});
