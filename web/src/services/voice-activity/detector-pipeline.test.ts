import { describe, expect, it } from 'vitest';
import { DetectorPipeline } from './detector-pipeline';
import type { FrameClassifier } from './frame-classifier';
import type { VoiceActivityEvent, VoiceActivityKind } from './types';

/** Calls a window speech when its first sample is loud; records what it saw. */
class ThresholdClassifier implements FrameClassifier {
  readonly seen: number[] = [];
  echoGuard = false;
  released = false;
  failing = false;
  constructor(
    readonly kind: VoiceActivityKind,
    readonly windowSamples: number,
  ) {}
  classify(window: Float32Array): Promise<number> {
    if (this.failing) return Promise.reject(new Error('model broke'));
    this.seen.push(window.length);
    return Promise.resolve(Math.abs(window[0] ?? 0) > 0.1 ? 1 : 0);
  }
  setEchoGuard(on: boolean) {
    this.echoGuard = on;
  }
  release() {
    this.released = true;
  }
}

function setup() {
  const events: VoiceActivityEvent[] = [];
  const energy = new ThresholdClassifier('energy', 320);
  const pipeline = new DetectorPipeline({ fallback: energy, emit: (e) => events.push(e) });
  let position = 0;
  /** Pushes `ms` of loud (speech) or quiet audio in 20 ms frames. */
  const feed = async (ms: number, loud: boolean) => {
    for (let t = 0; t < ms; t += 20, position += 320)
      await pipeline.push({ pcm: new Int16Array(320).fill(loud ? 16000 : 0), position });
  };
  return { events, energy, pipeline, feed, skip: (ms: number) => (position += ms * 16) };
}

describe('DetectorPipeline', () => {
  it('detects speech with the fallback from the first frame', async () => {
    const { events, pipeline, feed } = setup();
    expect(pipeline.kind()).toBe('energy');
    await feed(200, false);
    await feed(400, true);
    await feed(400, false);
    expect(events).toEqual([
      { type: 'speech-start', streamMs: 200 },
      { type: 'speech-end', streamMs: 600, voicedMs: 400 },
    ]);
    expect(pipeline.streamMs()).toBe(1000);
  });

  it('hands over to a loaded model at the next frame, says so, and keeps the speech it was in', async () => {
    const { events, energy, pipeline, feed } = setup();
    const silero = new ThresholdClassifier('silero', 512);
    await feed(300, true);
    pipeline.handOver(silero);
    await feed(320, true);
    await feed(400, false);
    expect(pipeline.kind()).toBe('silero');
    expect(events.map((e) => e.type)).toEqual(['speech-start', 'detector', 'speech-end']);
    expect(events[1]).toEqual({ type: 'detector', kind: 'silero' });
    expect(silero.seen.every((n) => n === 512)).toBe(true);
    expect(energy.seen.length).toBe(15);
  });

  it('falls back to the energy detector when the model fails mid-interview', async () => {
    const { events, pipeline, feed } = setup();
    const silero = new ThresholdClassifier('silero', 512);
    pipeline.handOver(silero);
    await feed(100, false);
    silero.failing = true;
    await feed(100, false);
    expect(pipeline.kind()).toBe('energy');
    expect(silero.released).toBe(true);
    expect(events).toEqual([
      { type: 'detector', kind: 'silero' },
      { type: 'detector', kind: 'energy' },
    ]);
  });

  it('passes the echo guard to the classifier in use and to one that takes over', async () => {
    const { energy, pipeline, feed } = setup();
    pipeline.setInterviewerPlaying(true);
    expect(energy.echoGuard).toBe(true);
    const silero = new ThresholdClassifier('silero', 512);
    pipeline.handOver(silero);
    await feed(20, false);
    expect(silero.echoGuard).toBe(true);
  });

  it('while the interviewer plays, starts speech only well above the noise floor, whatever the model says', async () => {
    const events: VoiceActivityEvent[] = [];
    const sure: FrameClassifier = { kind: 'silero', windowSamples: 320, classify: () => 1 };
    const pipeline = new DetectorPipeline({
      fallback: new ThresholdClassifier('energy', 320),
      emit: (e) => events.push(e),
    });
    pipeline.handOver(sure);
    pipeline.setInterviewerPlaying(true);
    let position = 0;
    const feed = async (ms: number, amplitude: number) => {
      for (let t = 0; t < ms; t += 20, position += 320)
        await pipeline.push({ pcm: new Int16Array(320).map((_, i) => (i % 2 ? amplitude : -amplitude)), position });
    };
    await feed(1000, 30); // the room: about -61 dBFS
    await feed(1000, 90); // faint echo: about 10 dB above it
    expect(events.filter((e) => e.type === 'speech-start')).toEqual([]);
    await feed(1000, 900); // the candidate, close to the microphone: about 30 dB above
    const starts = events.flatMap((e) => (e.type === 'speech-start' ? [e.streamMs] : []));
    expect(starts).toHaveLength(1);
    // Dated at the onset that carried it, which may begin in the echo just before.
    expect(starts[0]).toBeGreaterThan(1700);
    expect(starts[0]).toBeLessThanOrEqual(2300);
  });

  it('ends speech when the candidate mutes (positions jump, no frames came)', async () => {
    const { events, feed, skip } = setup();
    await feed(400, true);
    skip(2000);
    await feed(20, false);
    expect(events.at(-1)).toEqual({ type: 'speech-end', streamMs: 400, voicedMs: 400 });
  });

  it('continues the clock across a restarted capture whose positions begin at zero', async () => {
    const { events, pipeline } = setup();
    const quiet = new Int16Array(320);
    for (let p = 0; p < 3200; p += 320) await pipeline.push({ pcm: quiet, position: p });
    await pipeline.newStream();
    for (let p = 0; p < 6400; p += 320) await pipeline.push({ pcm: new Int16Array(320).fill(16000), position: p });
    expect(pipeline.streamMs()).toBe(600);
    expect(events[0]).toEqual({ type: 'speech-start', streamMs: 200 });
  });
});
