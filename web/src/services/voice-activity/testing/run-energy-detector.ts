// Runs the app's detector pipeline with the energy detector alone over a float signal, in 20 ms
// PCM16 frames as the capture worklet posts them, telling it when the interviewer plays, and
// returns what it reported.

import { floatToInt16 } from '../../../lib/pcm';
import { DetectorPipeline } from '../detector-pipeline';
import { EnergyClassifier } from '../energy-classifier';
import type { VoiceActivityEvent } from '../types';

const FRAME = 320;

/** An event, and the stream time at which the detector reported it (the end of the frame that told it). */
export type HeardEvent = VoiceActivityEvent & { knownAtMs: number };

export async function runEnergyDetector(
  samples: Float32Array,
  playing: { startMs: number; endMs: number } = { startMs: 0, endMs: 0 },
): Promise<HeardEvent[]> {
  const events: HeardEvent[] = [];
  let knownAtMs = 0;
  const emit = (e: VoiceActivityEvent) => events.push({ ...e, knownAtMs });
  const pipeline = new DetectorPipeline({ fallback: new EnergyClassifier(), emit });
  const pcm = floatToInt16(samples);
  let guarded = false;
  for (let position = 0; position + FRAME <= pcm.length; position += FRAME) {
    const ms = (position * 1000) / 16000;
    const plays = ms >= playing.startMs && ms < playing.endMs;
    if (plays !== guarded) pipeline.setInterviewerPlaying((guarded = plays));
    knownAtMs = ms + (FRAME * 1000) / 16000;
    await pipeline.push({ pcm: pcm.slice(position, position + FRAME), position });
  }
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
