// Base64 for audio chunks. A lookup table writes ASCII codes into a byte array that is decoded
// to a string once, so no intermediate binary string (one char per byte) is ever built.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** PCM16 on the wire is little-endian; typed arrays use the platform's order. */
const PLATFORM_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const asciiDecoder = new TextDecoder('ascii');

export function bytesToBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = ENCODE[n >> 18] ?? 0;
    out[o++] = ENCODE[(n >> 12) & 63] ?? 0;
    out[o++] = ENCODE[(n >> 6) & 63] ?? 0;
    out[o++] = ENCODE[n & 63] ?? 0;
  }
  const rest = bytes.length - whole;
  if (rest > 0) {
    const n = ((bytes[whole] ?? 0) << 16) | (rest === 2 ? (bytes[whole + 1] ?? 0) << 8 : 0);
    out[o++] = ENCODE[n >> 18] ?? 0;
    out[o++] = ENCODE[(n >> 12) & 63] ?? 0;
    out[o++] = rest === 2 ? (ENCODE[(n >> 6) & 63] ?? 0) : PAD;
    out[o++] = PAD;
  }
  return asciiDecoder.decode(out);
}

/** Decodes standard base64 (padding optional). Throws on characters outside the alphabet. */
export function base64ToBytes(base64: string): Uint8Array {
  let end = base64.length;
  while (end > 0 && base64.charCodeAt(end - 1) === PAD) end--;
  if (end % 4 === 1) throw new SyntaxError('base64ToBytes: the text is not valid base64 (bad length).');
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = base64.charCodeAt(i);
    const value = code < 128 ? (DECODE[code] ?? -1) : -1;
    if (value < 0) throw new SyntaxError(`base64ToBytes: "${base64[i] ?? ''}" at ${i} is not a base64 character.`);
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** PCM16 → base64 of its little-endian bytes. */
export function int16ToBase64(pcm: Int16Array): string {
  return bytesToBase64(int16ToLittleEndianBytes(pcm));
}

/**
 * base64 of little-endian PCM16 → samples. A trailing odd byte cannot form a sample and is
 * dropped rather than failing the whole chunk.
 */
export function base64ToInt16(base64: string): Int16Array {
  const bytes = base64ToBytes(base64);
  const samples = bytes.length >> 1;
  if (PLATFORM_IS_LITTLE_ENDIAN) return new Int16Array(bytes.buffer, 0, samples);
  const view = new DataView(bytes.buffer);
  const out = new Int16Array(samples);
  for (let i = 0; i < samples; i++) out[i] = view.getInt16(i * 2, true);
  return out;
}

function int16ToLittleEndianBytes(pcm: Int16Array): Uint8Array {
  if (PLATFORM_IS_LITTLE_ENDIAN) return new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  const bytes = new Uint8Array(pcm.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < pcm.length; i++) view.setInt16(i * 2, pcm[i] ?? 0, true);
  return bytes;
}
