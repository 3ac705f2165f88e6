// The encoder seam: MediaRecorder in the browser, a fake in tests. It hands over the encoded
// audio a few seconds at a time; the chunks joined in order are the whole file.

export interface ChunkEncoder {
  readonly mimeType: string;
  /** Every `sliceMs` (and once more at stop) a chunk of encoded audio arrives. */
  start(sliceMs: number, onChunk: (blob: Blob) => void): void;
  /** Resolves after the last chunk has been handed over. */
  stop(): Promise<void>;
}

/** Opus at 32 kbit/s: clear speech at about 240 kB a minute. */
export const RECORDING_BITS_PER_SECOND = 32_000;

/** The first Opus container this browser records, or undefined when it records none. */
export function opusMimeType(isTypeSupported: (type: string) => boolean): string | undefined {
  return ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4;codecs=opus'].find((type) =>
    isTypeSupported(type),
  );
}

export function canRecordOpus(): boolean {
  return typeof MediaRecorder !== 'undefined' && opusMimeType((t) => MediaRecorder.isTypeSupported(t)) !== undefined;
}

export function createMediaRecorderEncoder(stream: MediaStream): ChunkEncoder {
  const mimeType = opusMimeType((t) => MediaRecorder.isTypeSupported(t));
  if (!mimeType) throw new Error('This browser cannot record Opus audio.');
  const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: RECORDING_BITS_PER_SECOND });
  return {
    mimeType,
    start(sliceMs, onChunk) {
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) onChunk(event.data);
      };
      recorder.start(sliceMs);
    },
    stop() {
      if (recorder.state === 'inactive') return Promise.resolve();
      // 'stop' fires after the final dataavailable (MediaRecorder spec, stop() steps).
      return new Promise<void>((resolve) => {
        recorder.addEventListener('stop', () => resolve(), { once: true });
        recorder.stop();
      });
    },
  };
}
