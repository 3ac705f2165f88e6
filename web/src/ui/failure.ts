// The one mapping from an error to the sentence a page shows when the model's writing work (a
// report, a preparation pack) or a read of the device's store fails. Each sentence says what
// happened and what to do; `settings` marks the failures the Settings screen can fix.
import { ApiError } from '../services/api/types';
import { StoreError } from '../services/storage/types';

export interface Failure {
  message: string;
  /** Show a link to Settings (access code, server address, own key). */
  settings: boolean;
}

/** What is being written, in the words the sentences use. */
export interface WritingTask {
  /** "report", "preparation pack". */
  noun: string;
  /** The server's error code when it has no Gemini key for this task. */
  unconfiguredCode: string;
  /** What the candidate still has meanwhile, said after "it has no Gemini key." (optional). */
  meanwhile?: string;
}

const SETTINGS_CODES = new Set([
  'access_code_required',
  'access_code_invalid',
  'gemini_key_rejected',
  'model_unavailable',
  'origin_forbidden',
]);

export function writingFailure(err: unknown, task: WritingTask): Failure {
  if (!(err instanceof ApiError))
    return { message: `Something went wrong while writing the ${task.noun}. Try again.`, settings: false };
  if (err.code !== task.unconfiguredCode) return { message: err.message, settings: SETTINGS_CODES.has(err.code) };
  const meanwhile = task.meanwhile ? ` ${task.meanwhile}` : '';
  return {
    message:
      `This Mockingbird server is not set up to write ${task.noun}s: it has no Gemini key.${meanwhile} ` +
      'The server’s owner can set GEMINI_API_KEY, or you can add your own Gemini key in Settings and try again.',
    settings: true,
  };
}

/** The store's own reason, when it gave one, for a sentence that says what could not be saved. */
export function storeReason(err: unknown): string {
  return err instanceof StoreError ? ` (${err.message.replace(/\.$/, '')})` : '';
}

/** A page could not read what it shows from this device's store. */
export function storageReadFailure(thing: string): string {
  return `This ${thing} could not be read from this device’s storage. Reload the page to try again.`;
}
