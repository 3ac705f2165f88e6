// Typed access to the AudioWorkletGlobalScope. TypeScript's DOM library does not declare the
// worklet globals, so the worklet files reach them through this one typed view. Import it only
// from worklet files: on the main thread these globals do not exist.

export interface WorkletProcessor {
  readonly port: MessagePort;
}

export interface WorkletProcessorOptions {
  processorOptions?: unknown;
}

interface AudioWorkletScope {
  /** The context's sample rate. */
  readonly sampleRate: number;
  /** Context time (seconds) of the first frame of the render quantum being processed. */
  readonly currentTime: number;
  /** Frame index of the first frame of the render quantum being processed. */
  readonly currentFrame: number;
  readonly AudioWorkletProcessor: new (options?: WorkletProcessorOptions) => WorkletProcessor;
  registerProcessor(
    name: string,
    processor: new (options: WorkletProcessorOptions) => WorkletProcessor & {
      process(inputs: Float32Array[][], outputs: Float32Array[][]): boolean;
    },
  ): void;
}

export const workletScope = globalThis as unknown as AudioWorkletScope;

/** Reads a positive number from processorOptions, falling back to a default. */
export function numberOption(options: WorkletProcessorOptions, key: string, fallback: number): number {
  const bag = options.processorOptions;
  if (typeof bag !== 'object' || bag === null) return fallback;
  const value: unknown = (bag as Record<string, unknown>)[key];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
