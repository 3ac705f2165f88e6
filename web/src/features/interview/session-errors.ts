// The sentences the room shows when the interview cannot start or continue.

import { MicError } from '../../services/audio/types';
import { LiveError } from '../../services/live/types';
import type { SessionErrorKind } from './session-types';

export interface SessionFailure {
  kind: SessionErrorKind;
  message: string;
}

export const AUDIO_BLOCKED_MESSAGE = 'Your browser is holding back sound until you click on the page. Select “Try again” to start the interview with sound.';
const MIC_ENDED_MESSAGE = 'The microphone stopped, perhaps because it was unplugged. Check it and select “Try again”.';
const MIC_FALLBACK = 'The microphone could not be started. Check that it is connected and allowed for this site, then try again.';

export function micFailure(err: unknown, ended = false): SessionFailure {
  if (ended) return { kind: 'microphone', message: MIC_ENDED_MESSAGE };
  return { kind: 'microphone', message: err instanceof MicError ? err.message : MIC_FALLBACK };
}

export function liveFailure(err: unknown): SessionFailure {
  if (err instanceof LiveError) return { kind: err.code === 'token' ? 'token' : 'connection', message: err.message };
  return { kind: 'connection', message: 'Mockingbird could not connect to the interviewer. Check your connection and try again.' };
}
