import { readFileSync } from 'node:fs';

// Reads the PCM16 WAV files the speech fixtures are made of, so a test can compare what the
// fake server heard with what the fake microphone played.

export interface Wav {
  sampleRate: number;
  channels: number;
  /** Interleaved samples when there is more than one channel. */
  pcm: Int16Array;
}

export function parseWav(bytes: Buffer): Wav {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('Not a RIFF/WAVE file.');
  let at = 12;
  let format: { sampleRate: number; channels: number; bits: number } | undefined;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ')
      format = {
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        bits: bytes.readUInt16LE(body + 14),
      };
    if (id === 'data') {
      if (!format || format.bits !== 16) throw new Error('Only 16-bit PCM WAV files are supported.');
      const count = Math.floor(Math.min(size, bytes.length - body) / 2);
      const pcm = new Int16Array(count);
      for (let i = 0; i < count; i++) pcm[i] = bytes.readInt16LE(body + i * 2);
      return { sampleRate: format.sampleRate, channels: format.channels, pcm };
    }
    at = body + size + (size % 2);
  }
  throw new Error('The WAV file has no data chunk.');
}

export function readWav(path: string): Wav {
  return parseWav(readFileSync(path));
}
