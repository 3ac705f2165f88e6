// The sentences shown when a preparation pack cannot be written or kept. Each says what
// happened and what to do; `settings` marks the failures the Settings screen can fix.
import { ApiError } from '../../services/api/types';
import { StoreError } from '../../services/storage/types';

export interface PrepFailure {
  message: string;
  /** Show a link to Settings (access code, server address, own key). */
  settings: boolean;
}

const UNCONFIGURED =
  'This Mockingbird server is not set up to write preparation packs: it has no Gemini key. ' +
  'The server’s owner can set GEMINI_API_KEY, or you can add your own Gemini key in Settings and try again.';

const SETTINGS_CODES = new Set(['access_code_required', 'access_code_invalid', 'gemini_key_rejected', 'model_unavailable', 'origin_forbidden', 'prep_unconfigured']);

export function prepFailure(err: unknown): PrepFailure {
  if (err instanceof ApiError) {
    if (err.code === 'prep_unconfigured') return { message: UNCONFIGURED, settings: true };
    return { message: err.message, settings: SETTINGS_CODES.has(err.code) };
  }
  return { message: 'Something went wrong while writing the preparation pack. Try again.', settings: false };
}

export const INVALID_PACK: PrepFailure = {
  message: 'The preparation pack that came back was incomplete, so it was not kept. Try again.',
  settings: false,
};

export function saveFailure(err: unknown): PrepFailure {
  const why = err instanceof StoreError ? ` (${err.message.replace(/\.$/, '')})` : '';
  return {
    message: `The preparation pack was written but could not be saved on this device${why}. Free some space or allow site data for this site, then try again.`,
    settings: false,
  };
}
