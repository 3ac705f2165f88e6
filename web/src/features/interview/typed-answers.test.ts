import { describe, expect, it } from 'vitest';
import { acceptsTypedAnswers } from './typed-answers';

describe('acceptsTypedAnswers', () => {
  it('takes answers while live, while reconnecting, and after the microphone stopped', () => {
    expect(acceptsTypedAnswers({ status: 'live' })).toBe(true);
    expect(acceptsTypedAnswers({ status: 'reconnecting' })).toBe(true);
    expect(acceptsTypedAnswers({ status: 'error', kind: 'microphone-lost', message: 'The microphone stopped.' })).toBe(true);
  });

  it('takes none while preparing, ending, or after the session itself failed', () => {
    expect(acceptsTypedAnswers({ status: 'preparing', step: 'token' })).toBe(false);
    expect(acceptsTypedAnswers({ status: 'ending', by: 'candidate' })).toBe(false);
    expect(acceptsTypedAnswers({ status: 'error', kind: 'lost', message: 'The connection was lost.' })).toBe(false);
    expect(acceptsTypedAnswers({ status: 'error', kind: 'microphone', message: 'Microphone access is blocked.' })).toBe(false);
  });
});
