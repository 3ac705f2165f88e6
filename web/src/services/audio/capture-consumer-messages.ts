// Messages of the capture consumers' mechanism: the main thread hands the capture worklet
// MessagePorts ('add-port'), and the worklet posts every unmuted 16 kHz frame to each of them
// with its stream position. A consumer (the voice-activity worker, a Live worker) receives
// CaptureFrameMessages on its port and checks them with isCaptureFrame (MessageEvent.data is
// untyped).

/** Main thread → capture worklet: post every frame to this port too, until removed. */
export interface AddPortMessage {
  type: 'add-port';
  id: number;
  port: MessagePort;
}

/** Main thread → capture worklet: stop posting to the port added under `id`, and close it. */
export interface RemovePortMessage {
  type: 'remove-port';
  id: number;
}

export type CaptureConsumerCommand = AddPortMessage | RemovePortMessage;

/** Capture worklet → a consumer's port: one frame of mono PCM16, its own buffer (transferred). */
export interface CaptureFrameMessage {
  type: 'capture-frame';
  pcm: Int16Array;
  /**
   * Samples produced since this capture run started, before the frame's first one. Counts on
   * while muted (no frames are posted then), so a gap in positions is time the candidate muted.
   */
  position: number;
  sampleRate: number;
  /**
   * Context time (seconds, the capture AudioContext's clock) at the end of the frame's last
   * sample: when it was captured, for a reader that can map that clock to its own (the bench's
   * capture → send figure; the consumers themselves go by `position`).
   */
  endTime?: number;
}

/** Stream time (ms since the capture run started) at the start of a frame. */
export function frameStartMs(frame: CaptureFrameMessage): number {
  return (frame.position * 1000) / frame.sampleRate;
}

/** Stream time (ms since the capture run started) at the end of a frame's last sample. */
export function frameEndMs(frame: CaptureFrameMessage): number {
  return ((frame.position + frame.pcm.length) * 1000) / frame.sampleRate;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

export function isCaptureConsumerCommand(value: unknown): value is CaptureConsumerCommand {
  if (!isRecord(value) || !isCount(value.id)) return false;
  if (value.type === 'remove-port') return true;
  return value.type === 'add-port' && typeof MessagePort !== 'undefined' && value.port instanceof MessagePort;
}

export function isCaptureFrame(value: unknown): value is CaptureFrameMessage {
  return (
    isRecord(value) &&
    value.type === 'capture-frame' &&
    value.pcm instanceof Int16Array &&
    isCount(value.position) &&
    typeof value.sampleRate === 'number' &&
    value.sampleRate > 0 &&
    (value.endTime === undefined || typeof value.endTime === 'number')
  );
}
