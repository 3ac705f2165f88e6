// A chunk's identity across threads: FNV-1a (32 bit) over its PCM16 bytes. The page fingerprints
// each chunk the capture worklet delivers; the Live worker fingerprints the base64 audio it sends.
// Equal only for equal bytes, except by a 1-in-4-billion accident (and for digital silence, which
// is the same bytes every time: bench/live/worker-records.ts leaves such sends out).

export function fingerprintBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash >>> 0;
}

export function fingerprintPcm16(pcm: Int16Array): number {
  return fingerprintBytes(new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength));
}

/** The fingerprint of a realtimeInput audio message's bytes (its base64 `data` decoded); -1 without one. */
export function fingerprintAudioMessage(json: string): number {
  const at = json.indexOf('"data":"');
  const end = json.indexOf('"', at + 8);
  if (at < 0 || end < 0) return -1;
  const binary = atob(json.slice(at + 8, end));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return fingerprintBytes(bytes);
}
