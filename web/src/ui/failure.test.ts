import { describe, expect, it } from 'vitest';
import { ApiError } from '../services/api/types';
import { StoreError } from '../services/storage/types';
import { storeReason, writingFailure } from './failure';

const TASK = { noun: 'report', unconfiguredCode: 'report_unconfigured', meanwhile: 'Your transcript is below.' };

describe('writingFailure', () => {
  it('says the server has no key for this task, what is still there, and how to fix it in Settings', () => {
    const f = writingFailure(new ApiError(503, 'report_unconfigured', 'off'), TASK);
    expect(f.settings).toBe(true);
    expect(f.message).toBe(
      'This Mockingbird server is not set up to write reports: it has no Gemini key. Your transcript is below. ' +
        'The server’s owner can set GEMINI_API_KEY, or you can add your own Gemini key in Settings and try again.',
    );
  });

  it("keeps the server's own sentence, linking Settings only for what Settings can fix", () => {
    expect(writingFailure(new ApiError(401, 'access_code_invalid', 'The access code is wrong.'), TASK)).toEqual({
      message: 'The access code is wrong.',
      settings: true,
    });
    expect(writingFailure(new ApiError(429, 'rate_limited', 'Too many requests. Wait a minute.'), TASK)).toEqual({
      message: 'Too many requests. Wait a minute.',
      settings: false,
    });
  });

  it('gives anything else a sentence that names the work and says to try again', () => {
    expect(
      writingFailure(new TypeError('fetch failed'), {
        noun: 'preparation pack',
        unconfiguredCode: 'prep_unconfigured',
      }),
    ).toEqual({
      message: 'Something went wrong while writing the preparation pack. Try again.',
      settings: false,
    });
  });
});

describe('storeReason', () => {
  it("adds the store's own reason in brackets, and nothing for an unknown error", () => {
    expect(storeReason(new StoreError('quota', 'This device is out of space.'))).toBe(' (This device is out of space)');
    expect(storeReason(new Error('x'))).toBe('');
  });
});
