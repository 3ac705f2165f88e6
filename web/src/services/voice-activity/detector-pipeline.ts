// The detector's core, the same in the worker, in Node tests and in the turns bench: capture
// frames in, voice-activity events out. Frames are handled strictly in order (a model
// classifies asynchronously), through whichever classifier runs now:
// - it starts with the fallback (energy) from the first frame;
// - handOver(model) switches at the next frame and announces it with a 'detector' event;
// - a model that throws while classifying is dropped for the fallback, announced the same way.
// Stream times are capture stream milliseconds. A new capture run (the microphone restarted)
// continues the clock where the previous run stopped, so times never go back.
// While the interviewer plays, a window counts only as much as both the detector and the
// energy meter (which runs on every window) say: a model hears the interviewer's echo as speech
// however faint it is (it is speech), so the guard against echo must be about level too. The
// candidate talking over the interviewer, close to the microphone, is well above the room's
// noise; the echo left after the browser's echo cancellation is not.

import type { FrameClassifier } from './frame-classifier';
import { EnergyClassifier } from './energy-classifier';
import { SpeechSegmenter } from './speech-segmenter';
import type { VoiceActivityEvent, VoiceActivityKind } from './types';
import { WindowCutter } from './window-cutter';

export interface PipelineFrame {
  /** Mono PCM16 at 16 kHz. */
  pcm: Int16Array;
  /** Samples since the capture run started, before this frame's first. */
  position: number;
}

export interface PipelineOptions {
  fallback: FrameClassifier;
  /** `streamNowMs`: how far the detector has heard when it emits (the end of the window just judged). */
  emit: (event: VoiceActivityEvent, streamNowMs: number) => void;
  segmenter?: SpeechSegmenter;
}

const SAMPLE_RATE = 16000;

export class DetectorPipeline {
  private classifier: FrameClassifier;
  private cutter: WindowCutter;
  private readonly segmenter: SpeechSegmenter;
  /** Tracks the noise floor on every window, whichever detector runs, for the echo guard. */
  private readonly meter = new EnergyClassifier();
  private next: FrameClassifier | undefined;
  private echoGuard = false;
  private offsetMs = 0;
  private consumedMs = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly o: PipelineOptions) {
    this.classifier = o.fallback;
    this.cutter = new WindowCutter(o.fallback.windowSamples);
    this.segmenter = o.segmenter ?? new SpeechSegmenter();
  }

  kind(): VoiceActivityKind {
    return this.classifier.kind;
  }

  /** Stream time at the end of the last frame handled. */
  streamMs(): number {
    return this.consumedMs;
  }

  /** A model has loaded: it takes over from the next frame. */
  handOver(model: FrameClassifier): void {
    this.next = model;
  }

  setInterviewerPlaying(playing: boolean): void {
    this.echoGuard = playing;
    this.segmenter.setEchoGuard(playing);
    this.classifier.setEchoGuard?.(playing);
  }

  /** Queues a frame; the promise settles once it (and every frame before it) is handled. */
  push(frame: PipelineFrame): Promise<void> {
    this.queue = this.queue.then(() => this.handle(frame));
    return this.queue;
  }

  /** The capture restarted: its positions begin again at 0, the clock goes on from here. */
  newStream(): Promise<void> {
    this.queue = this.queue.then(() => {
      this.offsetMs = this.consumedMs;
      this.cutter = new WindowCutter(this.classifier.windowSamples);
    });
    return this.queue;
  }

  private async handle(frame: PipelineFrame): Promise<void> {
    if (this.next) this.use(this.next);
    for (const piece of this.cutter.push(frame.pcm, frame.position)) {
      if (piece.type === 'gap') {
        const toMs = this.offsetMs + piece.toMs;
        this.emitAll(this.segmenter.gap(toMs), toMs);
        continue;
      }
      const loud = this.meter.level(piece.samples);
      const p = await this.classify(piece.samples);
      const start = this.offsetMs + piece.startMs;
      const guarded = this.segmenter.guarding(start) ? Math.min(p, loud) : p;
      const endMs = this.offsetMs + piece.endMs;
      this.emitAll(this.segmenter.push(guarded, start, endMs), endMs);
    }
    this.consumedMs = this.offsetMs + ((frame.position + frame.pcm.length) * 1000) / SAMPLE_RATE;
  }

  private async classify(samples: Float32Array): Promise<number> {
    const classifier = this.classifier;
    try {
      return await classifier.classify(samples);
    } catch {
      // A model that fails mid-interview is replaced by the fallback from the next frame.
      if (classifier !== this.o.fallback) this.next = this.o.fallback;
      return 0;
    }
  }

  private use(classifier: FrameClassifier): void {
    this.next = undefined;
    if (classifier === this.classifier) return;
    const previous = this.classifier;
    this.classifier = classifier;
    classifier.setEchoGuard?.(this.echoGuard);
    // The new window size starts from this frame; the old partial window (< one window) is dropped.
    if (classifier.windowSamples !== this.cutter.windowSamples)
      this.cutter = new WindowCutter(classifier.windowSamples);
    if (previous !== this.o.fallback) previous.release?.();
    this.o.emit({ type: 'detector', kind: classifier.kind }, this.consumedMs);
  }

  private emitAll(events: VoiceActivityEvent[], streamNowMs: number): void {
    events.forEach((event) => this.o.emit(event, streamNowMs));
  }
}
