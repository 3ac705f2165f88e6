import { describe, expect, it } from 'vitest';
import { groupQuestions, questionsInInterviewOrder } from './prep-groups';
import { TEST_PACK_ORDER, testPrepPack } from '../../services/storage/test-prep-pack';

describe('groupQuestions', () => {
  it('puts the CV first, then the role, the field and past behaviour, numbering across groups', () => {
    const groups = groupQuestions(testPrepPack.content);
    expect(groups.map((g) => g.title)).toEqual([
      'About your CV',
      'About the role',
      'Technical and domain',
      'Behavioural',
    ]);
    expect(groups.flatMap((g) => g.questions.map((q) => q.n))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(questionsInInterviewOrder(testPrepPack.content)).toEqual(TEST_PACK_ORDER);
  });

  it('leaves out a group with no questions, as for a pack made without a CV', () => {
    const noCv = testPrepPack.content.questions.filter((q) => q.category !== 'cv');
    const groups = groupQuestions({ questions: noCv });
    expect(groups.map((g) => g.category)).toEqual(['role', 'technical', 'behavioural']);
    expect(groups[0]?.questions[0]?.n).toBe(1);
  });
});
