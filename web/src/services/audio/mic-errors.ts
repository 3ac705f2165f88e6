// Turns whatever getUserMedia or the audio graph threw into a MicError with a sentence a
// candidate can act on.
import { MicError, type MicErrorReason } from './types';

const SENTENCES: Record<MicErrorReason, string> = {
  denied:
    "Microphone access is blocked. Allow the microphone for this site (the icon in the browser's address bar), then try again.",
  'not-found': 'No microphone was found. Plug one in or choose another in Settings, then try again.',
  'in-use':
    'The microphone could not be started; another app may be using it. Close that app or choose another microphone, then try again.',
  'insecure-context': 'The microphone only works on a secure page. Open Mockingbird over https:// or on localhost.',
  unsupported: 'This browser cannot record audio for the interview. Use a recent Chrome, Edge, Firefox or Safari.',
  unknown: 'The microphone could not be started. Reload the page and try again.',
};

export function micError(reason: MicErrorReason): MicError {
  return new MicError(reason, SENTENCES[reason]);
}

/** Narrows an error from getUserMedia / AudioContext by its DOMException name. */
export function toMicError(error: unknown): MicError {
  if (error instanceof MicError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return micError('denied');
    case 'NotFoundError':
    case 'OverconstrainedError':
      return micError('not-found');
    case 'NotReadableError':
    case 'AbortError':
      return micError('in-use');
    default:
      return micError('unknown');
  }
}

/** Why the microphone cannot even be asked for on this page, or undefined when it can. */
export function micUnavailableReason(scope: {
  isSecureContext: boolean;
  navigator: { mediaDevices?: unknown };
}): MicErrorReason | undefined {
  if (!scope.isSecureContext) return 'insecure-context';
  const devices = scope.navigator.mediaDevices as { getUserMedia?: unknown } | undefined;
  if (typeof devices?.getUserMedia !== 'function') return 'unsupported';
  return undefined;
}
