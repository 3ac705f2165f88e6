// Streaming sample-rate conversion with a proper anti-aliasing filter. State carries across
// chunks, so feeding audio in pieces gives exactly the same samples as feeding it at once
// (no clicks at chunk boundaries).
import { DEFAULT_LOWPASS, designPolyphaseLowpass, type LowpassSpec, type PolyphaseFilter } from './resampler-filter';

export interface Resampler {
  readonly inputRate: number;
  readonly outputRate: number;
  /**
   * Input samples the filter must see beyond an output sample's time before it can emit it.
   * Output k is centred on input time k·inputRate/outputRate (no group delay), so this is the
   * only latency the resampler adds.
   */
  readonly lookahead: number;
  /** Feeds input and returns every output sample that has become computable. */
  process(input: Float32Array): Float32Array;
  /** Ends the stream: returns the outputs still held back by the lookahead, then starts afresh. */
  flush(): Float32Array;
  /** Forgets all history (e.g. after a flush of the playback queue). */
  reset(): void;
}

/** Above this many phases the table is capped and the nearest phase is used instead. */
const MAX_PHASES = 1024;

export function createResampler(
  inputRate: number,
  outputRate: number,
  filter: Partial<Omit<LowpassSpec, 'inputRate' | 'outputRate'>> = {},
): Resampler {
  const inRate = Math.round(inputRate);
  const outRate = Math.round(outputRate);
  if (!(inRate > 0 && outRate > 0))
    throw new RangeError(`createResampler: invalid rates ${inputRate} → ${outputRate}.`);
  if (inRate === outRate) return createPassthrough(inRate);
  const g = gcd(inRate, outRate);
  // Output k sits at input time k·step/denominator, tracked as an exact integer fraction.
  const step = inRate / g;
  const denominator = outRate / g;
  const phases = Math.min(denominator, MAX_PHASES);
  const spec: LowpassSpec = { ...DEFAULT_LOWPASS, ...filter, inputRate: inRate, outputRate: outRate };
  return new PolyphaseResampler(inRate, outRate, step, denominator, designPolyphaseLowpass(spec, phases));
}

class PolyphaseResampler implements Resampler {
  readonly lookahead: number;
  private readonly half: number;
  private history = new Float32Array(0);
  private historyLength = 0;
  /** Input index (relative to history[0]) and fraction numerator of the next output. */
  private index = 0;
  private numerator = 0;

  constructor(
    readonly inputRate: number,
    readonly outputRate: number,
    private readonly step: number,
    private readonly denominator: number,
    private readonly filter: PolyphaseFilter,
  ) {
    this.half = filter.taps / 2;
    this.lookahead = this.half;
    this.reset();
  }

  reset(): void {
    // Silence before the first sample, so output 0 can be centred on input 0.
    this.history = new Float32Array(Math.max(this.filter.taps * 2, 1024));
    this.historyLength = this.half - 1;
    this.index = this.half - 1;
    this.numerator = 0;
  }

  process(input: Float32Array): Float32Array {
    this.append(input);
    const { taps, phases, coefficients } = this.filter;
    const count = this.countOutputs(this.lastComputableIndex());
    const out = new Float32Array(count);
    for (let k = 0; k < count; k++) {
      let phase = Math.round((this.numerator * phases) / this.denominator);
      let index = this.index;
      if (phase === phases) {
        phase = 0;
        index++;
      }
      let sum = 0;
      const first = index - this.half + 1;
      const offset = phase * taps;
      for (let j = 0; j < taps; j++) sum += (this.history[first + j] ?? 0) * (coefficients[offset + j] ?? 0);
      out[k] = sum;
      this.advance();
    }
    this.discardConsumed();
    return out;
  }

  flush(): Float32Array {
    const tail = this.process(new Float32Array(this.half + 1));
    this.reset();
    return tail;
  }

  /** The newest input index an output can be centred on: its taps reach `half` samples ahead. */
  private lastComputableIndex(): number {
    // With a capped phase table, rounding to the nearest phase can carry into the next index.
    const carry = this.filter.phases < this.denominator ? 1 : 0;
    return this.historyLength - 1 - this.half - carry;
  }

  private countOutputs(lastIndex: number): number {
    if (this.index > lastIndex) return 0;
    // Outputs k ≥ 0 with index + floor((numerator + k·step)/denominator) ≤ lastIndex.
    const room = (lastIndex - this.index + 1) * this.denominator - this.numerator;
    return Math.ceil(room / this.step);
  }

  private advance(): void {
    this.numerator += this.step;
    const whole = Math.floor(this.numerator / this.denominator);
    this.index += whole;
    this.numerator -= whole * this.denominator;
  }

  private append(input: Float32Array): void {
    const needed = this.historyLength + input.length;
    if (needed > this.history.length) {
      const grown = new Float32Array(Math.max(needed, this.history.length * 2));
      grown.set(this.history.subarray(0, this.historyLength));
      this.history = grown;
    }
    this.history.set(input, this.historyLength);
    this.historyLength = needed;
  }

  private discardConsumed(): void {
    // Keep the inputs the next output still reaches back to: index - half + 1 onwards.
    const drop = Math.max(0, Math.min(this.index - this.half + 1, this.historyLength));
    if (drop === 0) return;
    this.history.copyWithin(0, drop, this.historyLength);
    this.historyLength -= drop;
    this.index -= drop;
  }
}

function createPassthrough(rate: number): Resampler {
  return {
    inputRate: rate,
    outputRate: rate,
    lookahead: 0,
    process: (input) => input.slice(),
    flush: () => new Float32Array(0),
    reset: () => undefined,
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
