import { describe, expect, it } from 'vitest';
import { joinContext } from './mic-graph';

// Firefox refuses a microphone in an AudioContext at another rate than the device's
// (NotSupportedError from createMediaStreamSource); Chromium takes it (docs/protocols.md).

interface FakeContext {
  sampleRate: number;
  closed: boolean;
  createMediaStreamSource(stream: MediaStream): MediaStreamAudioSourceNode;
  close(): Promise<void>;
}

function browser(deviceRate: number, refusesOtherRates: boolean) {
  const made: FakeContext[] = [];
  const makeContext = (options: AudioContextOptions): AudioContext => {
    const rate = options.sampleRate ?? deviceRate;
    const context: FakeContext = {
      sampleRate: rate,
      closed: false,
      createMediaStreamSource: () => {
        if (refusesOtherRates && rate !== deviceRate)
          throw new DOMException(
            'Connecting AudioNodes from AudioContexts with different sample-rate is currently not supported.',
            'NotSupportedError',
          );
        return {} as MediaStreamAudioSourceNode;
      },
      close: () => {
        context.closed = true;
        return Promise.resolve();
      },
    };
    made.push(context);
    return context as unknown as AudioContext;
  };
  return { made, makeContext };
}

const mic = {} as MediaStream;

describe('joinContext', () => {
  it('captures at the 16 kHz wire rate where the browser allows it (Chromium)', () => {
    const { made, makeContext } = browser(48_000, false);
    expect(joinContext(mic, makeContext).context.sampleRate).toBe(16_000);
    expect(made).toHaveLength(1);
  });

  it('falls back to the device rate, closing the refused context, where the browser refuses (Firefox)', () => {
    const { made, makeContext } = browser(44_100, true);
    expect(joinContext(mic, makeContext).context.sampleRate).toBe(44_100);
    expect(made.map((c) => [c.sampleRate, c.closed])).toEqual([
      [16_000, true],
      [44_100, false],
    ]);
  });
});
