import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/types';
import { tokenError } from './live-errors';
import { LiveError } from './types';

describe('tokenError', () => {
  it('calls a server without a Gemini key live-off, keeping its sentence', () => {
    const err = tokenError(
      new ApiError(
        503,
        'live_unconfigured',
        'Live interviews are not set up on this server. The server owner must set GEMINI_API_KEY.',
      ),
    );
    expect(err).toBeInstanceOf(LiveError);
    expect(err.code).toBe('live-off');
    expect(err.message).toContain('GEMINI_API_KEY');
  });

  it('keeps other refusals of the server a token problem that a retry may mend', () => {
    expect(tokenError(new ApiError(429, 'rate_limited', 'Too many requests.')).code).toBe('token');
    expect(tokenError(new Error('offline')).code).toBe('token');
  });
});
