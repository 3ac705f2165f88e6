// Runs the app's own detector pipeline (web/src/services/voice-activity/) over the corpus in
// Node, 20 ms capture frames at a time as the capture worklet posts them, telling it when the
// interviewer plays, and records what it reports and when. CPU is this process's CPU time for
// the whole pass, per second of audio.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../e2e/support/token-server-process.ts';
import type { Corpus } from './corpus.ts';
import type { HeardEvent } from './score.ts';
import { RATE } from './synth.ts';

/** The FrameClassifier shape (web/src/services/voice-activity/frame-classifier.ts). */
export interface Classifier {
  readonly kind: string;
  readonly windowSamples: number;
  classify(window: Float32Array): number | Promise<number>;
  setEchoGuard?(on: boolean): void;
}

type Emitted =
  | { type: 'speech-start'; streamMs: number }
  | { type: 'speech-end'; streamMs: number; voicedMs: number }
  | { type: 'detector'; kind: string };

interface PipelineModule {
  DetectorPipeline: new (o: { fallback: Classifier; emit: (e: Emitted) => void }) => {
    handOver(model: Classifier): void;
    setInterviewerPlaying(on: boolean): void;
    push(frame: { pcm: Int16Array; position: number }): Promise<void>;
  };
}

export interface DetectorRun {
  events: HeardEvent[];
  /** Detectors announced, in order ('detector' events). */
  kinds: string[];
  cpuMsPerAudioSecond: number;
}

const FRAME = 320;
const web = (path: string) => pathToFileURL(join(REPO_ROOT, 'web/src', path)).href;

export async function energyClassifier(): Promise<Classifier> {
  const mod = (await import(web('services/voice-activity/energy-classifier.ts'))) as {
    EnergyClassifier: new () => Classifier;
  };
  return new mod.EnergyClassifier();
}

export async function sileroClassifier(): Promise<Classifier> {
  const ort: unknown = await import('onnxruntime-web');
  const mod = (await import(web('services/voice-activity/silero-classifier.ts'))) as {
    loadSileroClassifier(ort: unknown, model: Uint8Array): Promise<Classifier>;
  };
  return mod.loadSileroClassifier(
    ort,
    readFileSync(join(REPO_ROOT, 'node_modules/@ricky0123/vad-web/dist/silero_vad_v5.onnx')),
  );
}

/** Runs `model` (or the energy detector alone) over the corpus; `echoGuard` off = never told the interviewer plays. */
export async function runDetector(
  corpus: Corpus,
  model: Classifier | undefined,
  echoGuard: boolean,
): Promise<DetectorRun> {
  const { DetectorPipeline } = (await import(web('services/voice-activity/detector-pipeline.ts'))) as PipelineModule;
  const events: HeardEvent[] = [];
  const kinds: string[] = [];
  let nowMs = 0;
  const pipeline = new DetectorPipeline({
    fallback: await energyClassifier(),
    emit: (e) => (e.type === 'detector' ? kinds.push(e.kind) : events.push({ ...e, knownAtMs: nowMs })),
  });
  if (model) pipeline.handOver(model);
  const pcm = Int16Array.from(corpus.samples, (s) => Math.max(-32768, Math.min(32767, Math.round(s * 32767))));
  const windows = [...corpus.episodes, ...corpus.bargeIns].map((e) => e.playing);
  let playing = false;
  const cpu = process.cpuUsage();
  for (let position = 0; position + FRAME <= pcm.length; position += FRAME) {
    nowMs = ((position + FRAME) * 1000) / RATE;
    const startMs = (position * 1000) / RATE;
    const shouldPlay = echoGuard && windows.some((w) => startMs >= w.startMs && startMs < w.endMs);
    if (shouldPlay !== playing) pipeline.setInterviewerPlaying((playing = shouldPlay));
    await pipeline.push({ pcm: pcm.slice(position, position + FRAME), position });
  }
  const used = process.cpuUsage(cpu);
  return { events, kinds, cpuMsPerAudioSecond: (used.user + used.system) / 1000 / (pcm.length / RATE) };
}
