// Starting the room's sound: the player must be resumed inside the candidate's click (autoplay
// policy) and the microphone asked for. A browser that holds back sound leaves resume() pending
// forever, so after a while the room asks for a click instead of waiting. Only the browser's
// answer is timed: the player's audio-thread code may take longer than that to load on a busy
// machine, and sound that is allowed but slow to open is not "paused".

import type { MicSource, PcmPlayer } from '../../services/audio/types';
import { sleep, type Clock } from '../../lib/clock';
import { AUDIO_BLOCKED_MESSAGE, micFailure, type SessionFailure } from './session-errors';

export interface AudioStartOptions {
  player: Pick<PcmPlayer, 'resume' | 'unlocked'>;
  /** Absent when the microphone is already running. */
  mic?: Pick<MicSource, 'start'>;
  micDeviceId?: string;
  clock: Clock;
  timeoutMs: number;
}

const BLOCKED: SessionFailure = { kind: 'audio-blocked', message: AUDIO_BLOCKED_MESSAGE };

/** Resolves 'ok', or the failure to show. Calls player.resume() synchronously. */
export async function startAudio(o: AudioStartOptions): Promise<'ok' | SessionFailure> {
  const resumed = o.player.resume();
  // Handled here so an early return leaves no unhandled rejection; awaited below.
  resumed.catch(() => undefined);
  const unlocked = o.player.unlocked?.() ?? resumed;
  const blocked = sleep(o.clock, o.timeoutMs).then(() => 'blocked' as const);
  const sound = Promise.race([unlocked.then(() => 'ok' as const), blocked]);
  sound.catch(() => undefined);
  try {
    await o.mic?.start(o.micDeviceId ? { deviceId: o.micDeviceId } : undefined);
  } catch (err) {
    return micFailure(err);
  }
  try {
    if ((await sound) === 'blocked') return BLOCKED;
    await resumed;
    return 'ok';
  } catch {
    // the player could not start: same advice as a blocked one, a click usually fixes both
    return BLOCKED;
  }
}
