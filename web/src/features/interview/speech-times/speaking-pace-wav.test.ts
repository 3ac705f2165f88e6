// A recorded answer of known length and word count, through the app's own voice detector (its
// core, as the worker runs it: the energy detector, and Silero through onnxruntime-web's
// WebAssembly build), the speech times and the speaking stats: the words per minute must come
// out within 10 % of the truth (words over the spoken length), and the thinking pauses must be
// found where they were put.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Speaker } from '../../../lib/interview';
import { computeSpeakingStats, type SpeakingStats } from '../../../lib/speaking-stats';
import * as ort from 'onnxruntime-web';
import { DetectorPipeline } from '../../../services/voice-activity/detector-pipeline';
import { EnergyClassifier } from '../../../services/voice-activity/energy-classifier';
import type { FrameClassifier } from '../../../services/voice-activity/frame-classifier';
import { loadSileroClassifier } from '../../../services/voice-activity/silero-classifier';
import type { VoiceActivityKind } from '../../../services/voice-activity/types';
import { makeSpokenAnswer, readPcm16Wav, type SpokenAnswer } from '../testing/spoken-answer-wav';
import type { TranscriptTurn } from '../transcript/transcript';
import { createSpeechTimes } from './speech-times';

const SENTENCES = [
  'I have spent five years building payment services for a large bank',
  'Most of that work was about making transfers safe when the network fails',
  'Last year I led the move of our ledger to a new database',
];
const PAUSE_MS = 1_500;
/** The microphone started 3 s into the interview: stream time 0 is interview time 3 s. */
const MIC_STARTED_AT_MS = 3_000;

const turn = (seq: number, role: Speaker, text: string, startMs: number): TranscriptTurn => ({
  seq,
  role,
  text,
  startMs,
  endMs: startMs,
  interrupted: false,
  open: false,
});

const FRAME_SAMPLES = 320;
const SILERO_MODEL = join(process.cwd(), 'node_modules/@ricky0123/vad-web/dist/silero_vad_v5.onnx');

async function classifier(kind: VoiceActivityKind): Promise<FrameClassifier | undefined> {
  return kind === 'silero' ? loadSileroClassifier(ort, readFileSync(SILERO_MODEL)) : undefined;
}

/** The question plays first; then the answer's audio goes through the detector, 20 ms frames as the worklet posts them. */
async function statsFromRecording(answer: SpokenAnswer, kind: VoiceActivityKind): Promise<SpeakingStats> {
  const times = createSpeechTimes(() => {});
  times.interviewerPlaying(true, 0);
  times.interviewerPlaying(false, 2_000);
  const [question] = times.annotate([turn(1, 'interviewer', 'Tell me about your work.', 0)]);
  const pipeline: DetectorPipeline = new DetectorPipeline({
    fallback: new EnergyClassifier(),
    emit: (event) => times.candidate(event, pipeline.streamMs(), pipeline.streamMs() + MIC_STARTED_AT_MS),
  });
  const model = await classifier(kind);
  if (model) pipeline.handOver(model);
  const pcm = readPcm16Wav(answer.path);
  for (let position = 0; position + FRAME_SAMPLES <= pcm.length; position += FRAME_SAMPLES) {
    await pipeline.push({ pcm: pcm.slice(position, position + FRAME_SAMPLES), position });
  }
  expect(pipeline.kind()).toBe(kind);
  // The transcript arrives at the end, all at once, as it often does.
  const [reply] = times.annotate([turn(2, 'candidate', answer.text, pipeline.streamMs() + MIC_STARTED_AT_MS)]);
  return computeSpeakingStats(
    [question, reply].filter((t) => t !== undefined),
    'en-US',
  );
}

describe.each([
  { kind: 'energy', rate: 140 },
  { kind: 'energy', rate: 190 },
  { kind: 'silero', rate: 140 },
  { kind: 'silero', rate: 190 },
] as const)(
  'words per minute from an answer spoken at espeak-ng rate $rate, heard by the $kind detector',
  ({ kind, rate }) => {
    let dir: string;
    let answer: SpokenAnswer;
    let stats: SpeakingStats;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'mockingbird-pace-'));
      answer = makeSpokenAnswer(dir, SENTENCES, { wordsPerMinute: rate, pauseMs: PAUSE_MS });
      stats = await statsFromRecording(answer, kind);
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('comes within 10 % of the words over the spoken length', () => {
      const truth = answer.words / (answer.spokenMs / 60_000);
      expect(answer.words).toBe(38);
      expect(stats.wordsPerMinute).not.toBeNull();
      expect(Math.abs((stats.wordsPerMinute ?? 0) - truth) / truth).toBeLessThanOrEqual(0.1);
    });

    it('finds each thinking pause between the sentences, and no other', () => {
      const pauses = stats.answers[0]?.pauses ?? [];
      expect(pauses).toHaveLength(SENTENCES.length - 1);
      for (const pause of pauses) expect(Math.abs(pause.ms - PAUSE_MS)).toBeLessThanOrEqual(300);
    });

    it('times the answer from its first word to its last', () => {
      // The question ended at 2 s; the first word comes after the file's 1 s of silence, at 4 s.
      expect(Math.abs((stats.answers[0]?.pauseBeforeMs ?? 0) - 2_000)).toBeLessThanOrEqual(300);
      expect(Math.abs((stats.answers[0]?.lengthMs ?? 0) - (answer.spokenMs + 2 * PAUSE_MS))).toBeLessThanOrEqual(300);
    });
  },
);
