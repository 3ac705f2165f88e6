import { describe, expect, it } from 'vitest';
import { parseInterviewSetup } from './interview-setup-schema';
import { SAMPLE_SETUP } from './testing/sample-setup';

const setup = SAMPLE_SETUP;

describe('the interview setup schema', () => {
  it('reads a setup back exactly as it was written', () => {
    const full = {
      ...setup,
      cvText: 'Ten years.',
      jobDescription: { title: 'Engineer', text: '' },
      practiceQuestions: ['Why us?'],
    };
    expect(parseInterviewSetup(JSON.parse(JSON.stringify(full)))).toEqual(full);
  });

  it('leaves out a blank CV and a blank job description instead of keeping empty fields', () => {
    const parsed = parseInterviewSetup({ ...setup, cvText: '  ', jobDescription: { title: ' ', text: '' } });
    expect(parsed).toEqual(setup);
    expect(parsed && Object.keys(parsed)).not.toContain('cvText');
  });

  it.each([
    ['a blank topic', { ...setup, topic: '   ' }],
    ['an unknown level', { ...setup, level: 'Expert' }],
    ['a length the setup does not offer', { ...setup, lengthMinutes: 45 }],
    ['an avatar choice that is not true or false', { ...setup, avatar: 'yes' }],
    ['something that is not an object', 'Python'],
  ])('refuses %s', (_label, value) => {
    expect(parseInterviewSetup(value)).toBeUndefined();
  });
});
