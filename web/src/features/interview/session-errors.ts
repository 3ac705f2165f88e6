// The sentences the room shows when the interview cannot start or continue.

import { MicError, type MicErrorReason } from '../../services/audio/types';
import { LiveError } from '../../services/live/types';
import type { SessionErrorKind } from './session-types';

export interface SessionFailure {
  kind: SessionErrorKind;
  message: string;
  micReason?: MicErrorReason;
}

export const AUDIO_BLOCKED_MESSAGE =
  'Your browser is holding back sound until you click on the page. Select “Try again” to start the interview with sound.';
const MIC_ENDED_MESSAGE =
  'The microphone stopped, perhaps because it was unplugged. You can type your answers below meanwhile; plug it back in or connect another, then select “Try again” to speak again.';
const MIC_FALLBACK =
  'The microphone could not be started. Check that it is connected and allowed for this site, then try again.';

export function micFailure(err: unknown, ended = false): SessionFailure {
  if (ended) return { kind: 'microphone-lost', message: MIC_ENDED_MESSAGE };
  if (err instanceof MicError) return { kind: 'microphone', message: err.message, micReason: err.reason };
  return { kind: 'microphone', message: MIC_FALLBACK };
}

export function liveFailure(err: unknown): SessionFailure {
  if (err instanceof LiveError)
    return { kind: err.code === 'token' || err.code === 'live-off' ? err.code : 'connection', message: err.message };
  return {
    kind: 'connection',
    message: 'Mockingbird could not connect to the interviewer. Check your connection and try again.',
  };
}
