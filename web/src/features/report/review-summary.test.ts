import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { drillSetup } from './next-interview';
import { reviewSummary } from './review-summary';

const setup: InterviewSetup = {
  topic: 'System design',
  level: 'Advanced',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 20,
  patience: 'normal',
  avatar: false,
};

describe('review before the next interview', () => {
  it('says practising again is the same kind of interview with new questions', () => {
    const summary = reviewSummary(setup, 'again');
    expect(summary.headline).toBe('A 20-minute Advanced interview on “System design”, with new questions.');
    expect(summary.questions).toEqual([]);
    expect(summary.context).toContain('no CV or job description');
  });

  it('names the one question a drill is about', () => {
    const summary = reviewSummary(
      drillSetup({ ...setup, cvText: 'Amara' }, 'How would you shard the ledger?'),
      'drill',
    );
    expect(summary.headline).toBe('A 10-minute drill at Advanced level on one question you found hard.');
    expect(summary.questions).toEqual(['How would you shard the ledger?']);
    expect(summary.context).toBe('The interviewer has your CV, as before.');
  });

  it('says the next interview will be recorded when this one was', () => {
    expect(reviewSummary({ ...setup, record: true }, 'again').context).toContain('recorded on this device only');
  });
});
