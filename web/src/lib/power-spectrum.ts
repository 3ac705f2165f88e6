// The power spectrum of a short window of samples: Hann-windowed, zero-padded to a power of two,
// through an in-place radix-2 FFT. Small and allocation-light enough to run on every 20 ms
// window in the voice-activity worker (a 512-point transform is about 2,300 butterflies).

/** Power per bin, bins 0..size/2 (bin k is k * sampleRate / size Hz). */
export class PowerSpectrum {
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly bits: Uint32Array;
  readonly power: Float64Array;
  private hann = new Float64Array(0);

  /** `size` must be a power of two at least as long as the windows given to `of`. */
  constructor(readonly size: number) {
    if (size < 2 || (size & (size - 1)) !== 0) throw new Error(`FFT size ${size} is not a power of two`);
    this.re = new Float64Array(size);
    this.im = new Float64Array(size);
    this.power = new Float64Array(size / 2 + 1);
    this.cos = Float64Array.from({ length: size / 2 }, (_, i) => Math.cos((-2 * Math.PI * i) / size));
    this.sin = Float64Array.from({ length: size / 2 }, (_, i) => Math.sin((-2 * Math.PI * i) / size));
    const shift = 32 - Math.log2(size);
    this.bits = Uint32Array.from({ length: size }, (_, i) => reverseBits(i) >>> shift);
  }

  /** Fills and returns `power` for `window` (Hann-weighted over its own length). */
  of(window: Float32Array): Float64Array {
    const n = Math.min(window.length, this.size);
    const hann = this.hannOf(n);
    const { re, im, bits, power } = this;
    re.fill(0);
    im.fill(0);
    for (let i = 0; i < n; i++) re[bits[i] as number] = (window[i] as number) * (hann[i] as number);
    this.transform();
    for (let k = 0; k < power.length; k++) power[k] = (re[k] as number) ** 2 + (im[k] as number) ** 2;
    return power;
  }

  private hannOf(n: number): Float64Array {
    if (this.hann.length !== n)
      this.hann = Float64Array.from(
        { length: n },
        (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / Math.max(1, n - 1)),
      );
    return this.hann;
  }

  // Indexes below are in range by construction (power-of-two loops over arrays of `size`), so
  // they are read with `as number` rather than a fallback that would cost a branch per butterfly.
  private transform(): void {
    const { re, im, size, cos, sin } = this;
    for (let half = 1; half < size; half *= 2) {
      const step = size / (2 * half);
      for (let start = 0; start < size; start += 2 * half) {
        for (let j = 0; j < half; j++) {
          const a = start + j;
          const b = a + half;
          const wr = cos[j * step] as number;
          const wi = sin[j * step] as number;
          const br = re[b] as number;
          const bi = im[b] as number;
          const tr = br * wr - bi * wi;
          const ti = br * wi + bi * wr;
          const ar = re[a] as number;
          const ai = im[a] as number;
          re[b] = ar - tr;
          im[b] = ai - ti;
          re[a] = ar + tr;
          im[a] = ai + ti;
        }
      }
    }
  }
}

function reverseBits(x: number): number {
  let v = x >>> 0;
  v = ((v >>> 1) & 0x55555555) | ((v & 0x55555555) << 1);
  v = ((v >>> 2) & 0x33333333) | ((v & 0x33333333) << 2);
  v = ((v >>> 4) & 0x0f0f0f0f) | ((v & 0x0f0f0f0f) << 4);
  v = ((v >>> 8) & 0x00ff00ff) | ((v & 0x00ff00ff) << 8);
  return ((v >>> 16) | (v << 16)) >>> 0;
}
