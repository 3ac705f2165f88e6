// Builds the capture graph: microphone → (mono) → capture worklet. Prefers a 16 kHz context so
// the browser resamples natively (Chromium allows that with a mic stream); where a mic stream
// cannot join a context at another rate (Firefox throws NotSupportedError), falls back to the
// default rate and the worklet resamples with lib/resampler.
import { CAPTURE_PROCESSOR } from './worklet-messages';
import { captureWorkletUrl } from './worklet-urls';

export const WIRE_RATE = 16000;

export interface MicGraph {
  context: AudioContext;
  node: AudioWorkletNode;
  source: MediaStreamAudioSourceNode;
}

export async function openMicGraph(stream: MediaStream, chunkMs: number): Promise<MicGraph> {
  const { context, source } = joinContext(stream);
  try {
    await context.audioWorklet.addModule(captureWorkletUrl);
    const node = new AudioWorkletNode(context, CAPTURE_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
      processorOptions: { targetRate: WIRE_RATE, chunkSamples: Math.round((chunkMs * WIRE_RATE) / 1000) },
    });
    source.connect(node);
    // The worklet writes nothing to its output; connecting it to the destination only makes
    // every browser pull it each render quantum.
    node.connect(context.destination);
    await context.resume();
    return { context, node, source };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

export async function closeMicGraph(graph: MicGraph): Promise<void> {
  graph.node.port.onmessage = null;
  graph.source.disconnect();
  graph.node.disconnect();
  await graph.context.close().catch(() => undefined);
}

/**
 * A context at the wire rate when the browser lets the microphone into one (Chromium), else one
 * at the device's own rate, resampled later: Firefox refuses a microphone source in a context at
 * another rate than the device's (NotSupportedError; docs/protocols.md).
 */
export function joinContext(
  stream: MediaStream,
  makeContext: (options: AudioContextOptions) => AudioContext = (options) => new AudioContext(options),
): { context: AudioContext; source: MediaStreamAudioSourceNode } {
  let wireRate: AudioContext | undefined;
  try {
    wireRate = makeContext({ sampleRate: WIRE_RATE, latencyHint: 'interactive' });
    return { context: wireRate, source: wireRate.createMediaStreamSource(stream) };
  } catch {
    void wireRate?.close().catch(() => undefined);
  }
  const context = makeContext({ latencyHint: 'interactive' });
  return { context, source: context.createMediaStreamSource(stream) };
}
