// Runs the app's detector pipeline with the energy detector alone over a float signal, in 20 ms
// PCM16 frames as the capture worklet posts them, and returns what it reported.

import { floatToInt16 } from '../../../lib/pcm';
import { DetectorPipeline } from '../detector-pipeline';
import { EnergyClassifier } from '../energy-classifier';
import type { VoiceActivityEvent } from '../types';

const FRAME = 320;

export async function runEnergyDetector(samples: Float32Array): Promise<VoiceActivityEvent[]> {
  const events: VoiceActivityEvent[] = [];
  const pipeline = new DetectorPipeline({ fallback: new EnergyClassifier(), emit: (e) => events.push(e) });
  const pcm = floatToInt16(samples);
  for (let position = 0; position + FRAME <= pcm.length; position += FRAME)
    await pipeline.push({ pcm: pcm.slice(position, position + FRAME), position });
  return events;
}

/** The speech stretches reported, as [start, end] stream ms. */
export function stretches(events: VoiceActivityEvent[]): [number, number][] {
  const out: [number, number][] = [];
  let start: number | undefined;
  for (const e of events) {
    if (e.type === 'speech-start') start = e.streamMs;
    if (e.type === 'speech-end' && start !== undefined) out.push([start, e.streamMs]);
  }
  return out;
}
