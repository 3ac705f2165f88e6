import { describe, expect, it } from 'vitest';
import { prepareMessage } from './prepare-message';

describe('prepareMessage', () => {
  it('says what the pack is being written from and how long it takes', () => {
    expect(prepareMessage({ kind: 'preparing', withCv: true, withJob: true })).toBe(
      'Writing your preparation pack from your topic, CV and job description… this usually takes 10 to 30 seconds.',
    );
    expect(prepareMessage({ kind: 'preparing', withCv: false, withJob: false })).toMatch(/from your topic… /);
    expect(prepareMessage({ kind: 'preparing', withCv: false, withJob: true })).toMatch(
      /from your topic and the job description… /,
    );
  });

  it('puts the reason after what went wrong, and says nothing when idle', () => {
    expect(
      prepareMessage({
        kind: 'failed',
        failure: { message: 'Gemini did not answer in time. Please try again in a moment.', settings: false },
      }),
    ).toBe('The preparation pack could not be written. Gemini did not answer in time. Please try again in a moment.');
    expect(prepareMessage({ kind: 'idle' })).toBe('');
  });
});
