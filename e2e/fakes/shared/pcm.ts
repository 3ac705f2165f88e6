// Little-endian PCM16 helpers for the fakes and the tests that inspect what they heard.

export function pcmToBase64(pcm: Int16Array): string {
  return Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength).toString('base64');
}

export function base64ToPcm(data: string): Int16Array {
  const bytes = Buffer.from(data, 'base64');
  // Copy into a fresh, aligned buffer: Buffer slices may start at an odd offset.
  const pcm = new Int16Array(Math.floor(bytes.byteLength / 2));
  for (let i = 0; i < pcm.length; i++) pcm[i] = bytes.readInt16LE(i * 2);
  return pcm;
}

export function concatPcm(chunks: readonly Int16Array[]): Int16Array {
  const out = new Int16Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Root-mean-square level of a span, 0..1 of full scale. */
export function rms(pcm: Int16Array, start = 0, end = pcm.length): number {
  if (end <= start) return 0;
  let sum = 0;
  for (let i = start; i < end; i++) {
    const s = (pcm[i] ?? 0) / 32768;
    sum += s * s;
  }
  return Math.sqrt(sum / (end - start));
}

/** Per-frame RMS levels: the envelope a test compares between what was sent and what arrived. */
export function envelope(pcm: Int16Array, sampleRate: number, frameMs = 20): number[] {
  const frame = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
  const levels: number[] = [];
  for (let start = 0; start < pcm.length; start += frame)
    levels.push(rms(pcm, start, Math.min(pcm.length, start + frame)));
  return levels;
}
