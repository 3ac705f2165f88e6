// Conversions between the Web Audio float format and the PCM16 the Live API speaks.

/**
 * Converts float samples (-1..1) to PCM16, clamping first: a loud sample scaled without
 * clamping would wrap around to the opposite sign and be heard as a click.
 * Negative values scale by 32768 and positive by 32767 so that -1 and 1 both map to full scale
 * without overflowing the int16 range.
 */
export function floatToInt16(input: Float32Array, out: Int16Array = new Int16Array(input.length)): Int16Array {
  if (out.length < input.length) throw new RangeError('floatToInt16: the output array is shorter than the input.');
  for (let i = 0; i < input.length; i++) {
    const s = input[i] ?? 0;
    // NaN fails both comparisons and becomes silence instead of an undefined int16.
    const clamped = s >= 1 ? 1 : s <= -1 ? -1 : s === s ? s : 0;
    out[i] = clamped < 0 ? Math.round(clamped * 32768) : Math.round(clamped * 32767);
  }
  return out;
}

/** Converts PCM16 to float samples in -1..1, mirroring floatToInt16's scaling. */
export function int16ToFloat(input: Int16Array, out: Float32Array = new Float32Array(input.length)): Float32Array {
  if (out.length < input.length) throw new RangeError('int16ToFloat: the output array is shorter than the input.');
  for (let i = 0; i < input.length; i++) {
    const s = input[i] ?? 0;
    out[i] = s < 0 ? s / 32768 : s / 32767;
  }
  return out;
}
