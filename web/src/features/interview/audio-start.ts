// Starting the room's sound: the player must be resumed inside the candidate's click (autoplay
// policy) and the microphone asked for. A browser that holds back sound leaves resume() pending
// forever, so after a while the room asks for a click instead of waiting.

import type { MicSource, PcmPlayer } from '../../services/audio/types';
import { sleep, type Clock } from '../../lib/clock';
import { AUDIO_BLOCKED_MESSAGE, micFailure, type SessionFailure } from './session-errors';

export interface AudioStartOptions {
  player: Pick<PcmPlayer, 'resume'>;
  /** Absent when the microphone is already running. */
  mic?: Pick<MicSource, 'start'>;
  micDeviceId?: string;
  clock: Clock;
  timeoutMs: number;
}

/** Resolves 'ok', or the failure to show. Calls player.resume() synchronously. */
export async function startAudio(o: AudioStartOptions): Promise<'ok' | SessionFailure> {
  const resumed = o.player.resume();
  const blocked = sleep(o.clock, o.timeoutMs).then(() => 'blocked' as const);
  const sound = Promise.race([resumed.then(() => 'ok' as const), blocked]);
  try {
    await o.mic?.start(o.micDeviceId ? { deviceId: o.micDeviceId } : undefined);
  } catch (err) {
    sound.catch(() => undefined);
    return micFailure(err);
  }
  try {
    if ((await sound) === 'ok') return 'ok';
  } catch {
    // the player could not start: same advice as a blocked one, a click usually fixes both
  }
  return { kind: 'audio-blocked', message: AUDIO_BLOCKED_MESSAGE };
}
