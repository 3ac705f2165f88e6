import { describe, expect, it } from 'vitest';
import { createWorkerMic } from './worker-mic';

// The Live worker's microphone fed as the capture worklet feeds it (PCM16 at 16 kHz with the
// stream position of each frame's first sample), through a port that delivers at once, so no
// test waits on a real channel's timing (the proxy↔worker test covers the real channel).

interface InstantPort {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  close(): void;
}

function setup() {
  const sent: string[] = [];
  const mic = createWorkerMic(() => ({
    sendAudio: (pcm) => void sent.push(`audio:${pcm[0] ?? ''}`),
    sendActivityStart: () => void sent.push('activityStart'),
    sendActivityEnd: () => void sent.push('activityEnd'),
  }));
  let capture: InstantPort | undefined;
  const run = () => {
    const port: InstantPort = { onmessage: null, close: () => void (port.onmessage = null) };
    mic.usePort(port as unknown as MessagePort);
    capture = port;
  };
  run();
  /** A 20 ms frame whose first sample is `v`, at frame index `i` of the current capture run. */
  const frame = (v: number, i: number) => {
    const pcm = new Int16Array(320);
    pcm[0] = v;
    const data = { type: 'capture-frame', pcm, position: i * 320, sampleRate: 16000 };
    capture?.onmessage?.({ data } as MessageEvent<unknown>);
  };
  return { mic, sent, frame, run };
}

describe('createWorkerMic', () => {
  it('sends frames only while the gate is open', () => {
    const { mic, sent, frame } = setup();
    frame(1, 0);
    mic.setOpen(true);
    frame(2, 1);
    mic.setOpen(false);
    frame(3, 2);
    expect(sent).toEqual(['audio:2']);
  });

  it('holds frames outside an answer and sends activityStart, the pre-roll and the answer when one opens', () => {
    const { mic, sent, frame } = setup();
    mic.holdAnswers();
    mic.setOpen(true);
    for (let i = 0; i < 50; i++) frame(i + 1, i); // 1 s
    expect(sent).toEqual([]);
    // Speech from 0.9 s: the pre-roll starts 300 ms earlier, at 0.6 s (frame 31).
    mic.openAnswer(900);
    frame(51, 50);
    expect(sent[0]).toBe('activityStart');
    expect(sent[1]).toBe('audio:31');
    expect(sent.at(-1)).toBe('audio:51');
    expect(mic.answerOpen()).toBe(true);
    mic.closeAnswer();
    frame(52, 51);
    expect(sent.at(-1)).toBe('activityEnd');
    expect(mic.answerOpen()).toBe(false);
  });

  it('keeps the stream clock going across capture runs, as the detector does', () => {
    const { mic, sent, frame, run } = setup();
    mic.holdAnswers();
    mic.setOpen(true);
    for (let i = 0; i < 50; i++) frame(1, i); // the first run: 0–1 s
    run();
    for (let i = 0; i < 10; i++) frame(2, i); // the next run starts at 0 again: 1–1.2 s
    mic.openAnswer(1_150);
    expect(sent.filter((s) => s === 'audio:1')).toHaveLength(8); // the frames ending after 0.85 s
    expect(sent.filter((s) => s === 'audio:2')).toHaveLength(10);
  });

  it('sends no answer edges without holding answers, and nothing after close', () => {
    const { mic, sent, frame } = setup();
    mic.openAnswer(0);
    mic.closeAnswer();
    mic.setOpen(true);
    mic.close();
    frame(1, 0);
    expect(sent).toEqual([]);
  });
});
