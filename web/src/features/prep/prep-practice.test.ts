import { describe, expect, it } from 'vitest';
import { practiceLength, practiceSetup } from './prep-practice';
import { TEST_PACK_ORDER, testPrepPack } from '../../services/storage/test-prep-pack';
import { buildSystemPrompt } from '../../lib/interviewer/prompt';

describe('practiceSetup', () => {
  it('keeps the pack’s setup and asks its questions in interview order', () => {
    const setup = practiceSetup(testPrepPack);
    expect(setup).toMatchObject({
      topic: 'Payments backend',
      level: 'Advanced',
      voice: 'Kore',
      languageCode: 'en-GB',
      cvText: testPrepPack.setup.cvText,
    });
    expect(setup.practiceQuestions).toEqual(TEST_PACK_ORDER);
  });

  it('makes the interview long enough for every question', () => {
    expect(practiceSetup(testPrepPack).lengthMinutes).toBe(30);
    expect(practiceLength(3, 10)).toBe(10);
    expect(practiceLength(5, 10)).toBe(20);
    expect(practiceLength(3, 20)).toBe(20);
    expect(practiceLength(12, 10)).toBe(30);
  });

  it('gives the interviewer a prompt that lists every question, in order, as the candidate’s material', () => {
    const prompt = buildSystemPrompt(practiceSetup(testPrepPack));
    const block = prompt.slice(
      prompt.indexOf('<<<BEGIN PRACTICE QUESTIONS>>>'),
      prompt.indexOf('<<<END PRACTICE QUESTIONS>>>'),
    );
    expect(block).not.toBe('');
    const positions = TEST_PACK_ORDER.map((q) => block.indexOf(`- ${q}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(prompt).toMatch(/Base your questions on .*practi[sc]e/i);
    expect(prompt).toMatch(/follow up/);
    expect(prompt).toContain('Led the ledger migration at Lumen Pay.');
  });
});
