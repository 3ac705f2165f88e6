// The fallback policy's words: whatever goes wrong with the avatar, the interview carries on
// with voice, and the candidate is told so in one calm sentence. No reason is worth more
// detail than that in the middle of an interview; the reason itself goes to the logs.

import { ApiError } from '../api/types';
import { AvatarError, type AvatarFailureReason } from './types';

export const AVATAR_UNAVAILABLE_MESSAGE =
  "The video interviewer isn't available right now, so we'll continue with voice only.";
export const AVATAR_BUSY_MESSAGE = "All video interviewers are busy right now, so we'll continue with voice only.";
export const AVATAR_DROPPED_MESSAGE = "The video interviewer lost its connection, so we'll continue with voice only.";

/** The sentence for a failure; `midInterview` when the avatar had already been speaking. */
export function fallbackMessage(reason: AvatarFailureReason, midInterview: boolean): string {
  if (reason === 'playback-blocked') return AVATAR_UNAVAILABLE_MESSAGE;
  return midInterview ? AVATAR_DROPPED_MESSAGE : AVATAR_UNAVAILABLE_MESSAGE;
}

/**
 * A failed POST /api/avatar/conversations as an AvatarError. Every code means voice only:
 * avatar_busy (Tavus's concurrent conversation limit), avatar_unconfigured, upstream_auth,
 * upstream_failed, upstream_timeout, rate_limited, network, and anything new.
 */
export function avatarErrorFromCreate(err: unknown): AvatarError {
  if (err instanceof DOMException && err.name === 'AbortError')
    return new AvatarError('cancelled', AVATAR_UNAVAILABLE_MESSAGE);
  if (err instanceof ApiError && err.code === 'avatar_busy') return new AvatarError('unavailable', AVATAR_BUSY_MESSAGE);
  return new AvatarError('unavailable', AVATAR_UNAVAILABLE_MESSAGE);
}
