import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store';
import { StoreError, type Store } from '../storage/types';
import type { ChunkEncoder } from './chunk-encoder';
import { makeInterviewRecorder, type RecorderStatus } from './interview-recorder';

/** An encoder the test drives: `emit` hands over a chunk as MediaRecorder's dataavailable would. */
function fakeEncoder() {
  let onChunk: ((blob: Blob) => void) | undefined;
  const encoder: ChunkEncoder & { emit(text: string): void; started: number | undefined; stopped: boolean } = {
    mimeType: 'audio/webm;codecs=opus',
    started: undefined,
    stopped: false,
    start(sliceMs, cb) {
      encoder.started = sliceMs;
      onChunk = cb;
    },
    stop() {
      if (!encoder.stopped) onChunk?.(new Blob(['end']));
      encoder.stopped = true;
      return Promise.resolve();
    },
    emit: (text) => onChunk?.(new Blob([text])),
  };
  return encoder;
}

function setup(store: Store = createMemoryStore()) {
  const encoder = fakeEncoder();
  const clock = { now: 10_000, interview: 4_000 };
  const statuses: RecorderStatus[] = [];
  const recorder = makeInterviewRecorder({
    interviewId: 'i1',
    encoder,
    store,
    interviewClock: () => clock.interview,
    now: () => clock.now,
    wallClock: () => 1_700_000_000_000,
    onStatus: (s) => statuses.push(s),
  });
  return { encoder, clock, statuses, recorder, store };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('interview recorder', () => {
  it('writes each chunk as it arrives, so a crash keeps everything but the chunk being encoded', async () => {
    const { encoder, clock, recorder, store } = setup();
    await recorder.start();
    expect(encoder.started).toBe(2000);
    clock.now += 2000;
    encoder.emit('one ');
    clock.now += 2000;
    encoder.emit('two ');
    await settle();
    // No stop(): as after a crash, the store already holds both chunks and facts that match them.
    const kept = await store.getRecording('i1');
    expect(await kept?.blob.text()).toBe('one two ');
    expect(kept).toMatchObject({
      state: 'recording',
      durationMs: 4000,
      bytes: 8,
      startedAtMs: 4000,
      createdAt: 1_700_000_000_000,
    });
  });

  it('stores where each turn begins relative to the recording, leaving out turns from before it', async () => {
    const { encoder, clock, recorder, store } = setup();
    await recorder.start();
    recorder.noteTurns([
      { seq: 0, startMs: 500 },
      { seq: 1, startMs: 3_600 },
      { seq: 2, startMs: 9_000 },
    ]);
    clock.now += 6000;
    await recorder.stop();
    expect(encoder.stopped).toBe(true);
    const info = await store.getRecordingInfo('i1');
    expect(info?.turnOffsets).toEqual([
      { seq: 1, offsetMs: 0 },
      { seq: 2, offsetMs: 5_000 },
    ]);
    expect(info).toMatchObject({ state: 'complete', durationMs: 6000 });
    expect(await (await store.getRecording('i1'))?.blob.text()).toBe('end');
  });

  it('stops with the reason quota when the disk is full, keeping what was written, and never throws', async () => {
    const store = createMemoryStore();
    const full: Store = {
      ...store,
      appendRecordingChunk: async (chunk, info) => {
        if (chunk.seq >= 1) throw new StoreError('quota', 'full');
        await store.appendRecordingChunk(chunk, info);
      },
    };
    const { encoder, clock, recorder, statuses } = setup(full);
    await recorder.start();
    clock.now += 2000;
    encoder.emit('kept');
    clock.now += 2000;
    encoder.emit('lost');
    await settle();
    expect(statuses.at(-1)).toEqual({ status: 'stopped', reason: 'quota', atMs: 2000 });
    expect(encoder.stopped).toBe(true);
    const kept = await store.getRecording('i1');
    expect(await kept?.blob.text()).toBe('kept');
    expect(kept).toMatchObject({ state: 'stopped', stoppedBecause: 'quota', durationMs: 2000, bytes: 4 });
    await recorder.stop();
    expect(recorder.status()).toEqual({ status: 'stopped', reason: 'quota', atMs: 2000 });
  });

  it('does not start the encoder when even the first facts cannot be written', async () => {
    const store: Store = { ...createMemoryStore(), putRecordingInfo: () => Promise.reject(new Error('blocked')) };
    const { encoder, recorder } = setup(store);
    await recorder.start();
    expect(recorder.status()).toEqual({ status: 'stopped', reason: 'write', atMs: 0 });
    expect(encoder.started).toBeUndefined();
  });

  it('records a resumed interview as a new part after the earlier one, keeping its audio and its turns', async () => {
    const store = createMemoryStore();
    const first = setup(store);
    await first.recorder.start();
    first.recorder.noteTurns([{ seq: 0, startMs: 4_000 }]);
    first.clock.now += 2000;
    first.encoder.emit('part-one ');
    await first.recorder.stop(); // 'end' as the last chunk: 12 bytes, 2 s
    const earlier = await store.getRecordingInfo('i1');

    // After a reload: a new encoder, a new clock, the interview's clock where it stopped.
    const encoder = fakeEncoder();
    const clock = { now: 50_000, interview: 30_000 };
    const recorder = makeInterviewRecorder({
      interviewId: 'i1',
      encoder,
      store,
      interviewClock: () => clock.interview,
      now: () => clock.now,
      wallClock: () => 1,
      ...(earlier ? { resume: earlier } : {}),
    });
    await recorder.start();
    recorder.noteTurns([
      { seq: 0, startMs: 4_000 },
      { seq: 5, startMs: 31_000 },
    ]);
    clock.now += 3000;
    encoder.emit('two');
    await recorder.stop();

    const kept = await store.getRecording('i1');
    expect(await kept?.blob.text()).toBe('part-one endtwoend');
    expect(kept).toMatchObject({
      state: 'complete',
      bytes: 18,
      durationMs: 5000,
      startedAtMs: 4000,
      laterParts: [{ byteOffset: 12, offsetMs: 2000, startedAtMs: 30_000 }],
      // Turn 0 keeps its place in the first part; turn 5 is 1 s into the second, which starts at 2 s.
      turnOffsets: [
        { seq: 0, offsetMs: 0 },
        { seq: 5, offsetMs: 3000 },
      ],
    });
  });
});
