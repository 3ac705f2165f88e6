import { describe, expect, it } from 'vitest';
import { closeError, closeSentence, isFinal, readClose } from './close-reasons';

// Each close Gemini Live is known to send (sources in close-reasons.ts), and what becomes of it.

const MODEL_GONE =
  'models/gemini-2.5-flash-native-audio-preview-12-2025 is not found for API version v1alpha, or is not supported for bidiGenerateContent.';

describe('readClose and closeError', () => {
  it('blames a retired model on the server’s setting, names GEMINI_LIVE_MODEL, and does not retry', () => {
    expect(readClose(1008, MODEL_GONE)).toEqual({ cause: 'model-unavailable', retry: false });
    const err = closeError(1008, MODEL_GONE);
    expect(err.code).toBe('model-unavailable');
    expect(err.message).toMatch(
      /model is not available any more.*not found for API version v1alpha.*set GEMINI_LIVE_MODEL/,
    );
    expect(isFinal(err)).toBe(true);
  });

  it('keeps a refused token a refused token, retried with a fresh one', () => {
    for (const reason of ['The access token has expired.', 'API key not valid. Please pass a valid API key.', '']) {
      expect(readClose(1008, reason)).toEqual({ cause: 'credential-refused', retry: true });
      expect(closeError(1008, reason).code).toBe('token');
    }
    expect(closeSentence(1008, '')).toMatch(/did not accept the permission.*Try again/);
  });

  it('stops on a refused setup (1007) and on a feature the model lacks, quoting Gemini', () => {
    expect(readClose(1007, 'Request contains an invalid argument.')).toEqual({ cause: 'setup-refused', retry: false });
    expect(closeError(1007, 'Request contains an invalid argument.').message).toMatch(
      /refused the interview’s settings.*“Request contains an invalid argument”\./,
    );
    expect(readClose(1008, 'Operation is not implemented, or supported, or enabled.')).toEqual({
      cause: 'feature-unsupported',
      retry: false,
    });
    expect(isFinal(closeError(1008, 'Operation is not implemented, or supported, or enabled.'))).toBe(true);
  });

  it('says the session is gone when its resumption handle is refused, and offers Try again', () => {
    expect(readClose(1008, 'The session resumption handle has expired.')).toEqual({
      cause: 'session-gone',
      retry: false,
    });
    const err = closeError(1008, 'The session resumption handle is not valid.');
    expect(err.code).toBe('session-gone');
    expect(err.message).toMatch(/could not be resumed.*Try again.*transcript so far is kept/);
  });

  it('stops on a spent quota, whatever the code', () => {
    expect(readClose(1011, 'RESOURCE_EXHAUSTED: You exceeded your current quota.')).toEqual({
      cause: 'quota',
      retry: false,
    });
    expect(closeSentence(1011, 'Quota exceeded')).toMatch(/usage limit.*Wait a few minutes.*Try again/);
  });

  it('resumes after internal errors, the connection time limit, a network cut and a plain close', () => {
    for (const [code, reason] of [
      [1011, 'Internal error occurred.'],
      [1011, 'The service is currently unavailable.'],
      [1006, ''],
      [1000, ''],
    ] as const) {
      expect(readClose(code, reason)).toEqual({ cause: 'resumable', retry: true });
    }
  });

  it('reports an unknown close as it happened and offers Try again', () => {
    expect(readClose(4003, 'something new')).toEqual({ cause: 'unknown', retry: true });
    const err = closeError(4003, 'something new');
    expect(err.code).toBe('connect-failed');
    expect(err.message).toBe(
      'The connection to the interviewer closed unexpectedly (code 4003). Gemini said: “something new”. Select “Try again” to reconnect.',
    );
    expect(isFinal(err)).toBe(false);
  });
});
