// What the room says about the recording, as one sentence (or nothing when it is off).
import { formatClock } from '../../lib/format-time';
import type { RoomRecording } from './room-recording';

export function recordingNotice(recording: RoomRecording): string | undefined {
  switch (recording.status) {
    case 'recording':
      return 'Recording this interview on this device only.';
    case 'unavailable':
      return 'This browser cannot record the interview, so it goes on without a recording.';
    case 'stopped':
      return recording.reason === 'quota'
        ? `This device's storage is full, so the recording stopped at ${formatClock(recording.atMs)}. The interview goes on; delete old interviews in History to make room for the next recording.`
        : `The recording could not be saved, so it stopped at ${formatClock(recording.atMs)}. The interview goes on, and what was recorded until then is kept.`;
    default:
      return undefined;
  }
}
