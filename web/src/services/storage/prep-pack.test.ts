import { describe, expect, it } from 'vitest';
import { readPrepPack } from './prep-pack';
import { testPrepPack } from './test-prep-pack';

describe('preparation pack (browser side)', () => {
  it('reads back a stored pack unchanged', () => {
    expect(readPrepPack(structuredClone(testPrepPack))).toEqual(testPrepPack);
  });

  it('opens a pack with fewer items than the server asks for today', () => {
    const small = {
      ...testPrepPack,
      content: {
        ...testPrepPack.content,
        questions: testPrepPack.content.questions.slice(0, 2),
        strengths: [],
        gaps: [],
      },
    };
    expect(readPrepPack(small)).toEqual(small);
  });

  it.each([
    ['another format', { ...testPrepPack, format: 'mockingbird-backup' }],
    ['a later version', { ...testPrepPack, version: 2 }],
    ['no questions', { ...testPrepPack, content: { ...testPrepPack.content, questions: [] } }],
    [
      'a question in an unknown group',
      {
        ...testPrepPack,
        content: {
          ...testPrepPack.content,
          questions: [{ category: 'trivia', question: 'q', whyLikely: 'w', cvFacts: [] }],
        },
      },
    ],
    ['a setup with an unknown level', { ...testPrepPack, setup: { ...testPrepPack.setup, level: 'Expert' } }],
    ['nothing at all', undefined],
  ])('refuses %s', (_label, value) => {
    expect(readPrepPack(value)).toBeUndefined();
  });
});
