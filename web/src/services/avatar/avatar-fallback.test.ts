import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/types';
import {
  AVATAR_BUSY_MESSAGE,
  AVATAR_DROPPED_MESSAGE,
  AVATAR_UNAVAILABLE_MESSAGE,
  avatarErrorFromCreate,
  fallbackMessage,
} from './avatar-fallback';

describe('avatar fallback wording', () => {
  it('says the avatar is unavailable before the interview and dropped during it', () => {
    expect(fallbackMessage('no-replica', false)).toBe(AVATAR_UNAVAILABLE_MESSAGE);
    expect(fallbackMessage('replica-left', true)).toBe(AVATAR_DROPPED_MESSAGE);
    expect(fallbackMessage('playback-blocked', true)).toBe(AVATAR_UNAVAILABLE_MESSAGE);
  });

  it('treats an aborted creation as cancelled, not as a failure to tell the candidate about', () => {
    expect(avatarErrorFromCreate(new DOMException('The user aborted a request.', 'AbortError')).reason).toBe(
      'cancelled',
    );
  });

  it('names the busy case and keeps every other refusal to one calm sentence', () => {
    expect(avatarErrorFromCreate(new ApiError(503, 'avatar_busy', 'busy')).message).toBe(AVATAR_BUSY_MESSAGE);
    expect(avatarErrorFromCreate(new TypeError('boom'))).toMatchObject({
      reason: 'unavailable',
      message: AVATAR_UNAVAILABLE_MESSAGE,
    });
  });
});
