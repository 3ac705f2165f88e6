// The space a recording will take, said before the interview starts. Opus at a fixed bit rate
// makes it predictable: the rate times the length, plus the container's share, for an
// interview that runs a quarter over its target (interviewers rarely stop on the minute).
import { RECORDING_BITS_PER_SECOND } from '../../services/recording/chunk-encoder';
import { formatBytes } from '../../lib/format';

/** WebM framing measured by `npm run bench` (recording-bytes-per-minute): about 9% over the bit rate. */
const CONTAINER_OVERHEAD = 1.1;
const OVERRUN = 1.25;

export function recordingBytesFor(lengthMinutes: number): number {
  return Math.round((RECORDING_BITS_PER_SECOND / 8) * 60 * lengthMinutes * OVERRUN * CONTAINER_OVERHEAD);
}

/** `free` is what the browser still allows this site, when it says. */
export function recordingEstimateText(lengthMinutes: number, free: number | undefined): string {
  const need = recordingBytesFor(lengthMinutes);
  const base = `A ${lengthMinutes}-minute interview needs about ${formatBytes(need)} on this device.`;
  if (free === undefined) return base;
  if (free < need)
    return `${base} Only ${formatBytes(free)} is free here, so the recording may stop early; delete old interviews in History to make room.`;
  return `${base} ${formatBytes(free)} is free here.`;
}
