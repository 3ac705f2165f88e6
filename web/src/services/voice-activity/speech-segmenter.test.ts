import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTER, SpeechSegmenter, type SegmenterSettings } from './speech-segmenter';
import type { VoiceActivityEvent } from './types';

const SETTINGS: SegmenterSettings = {
  onThreshold: 0.5,
  offThreshold: 0.3,
  minSpeechMs: 100,
  hangoverMs: 200,
  echo: { onThreshold: 0.8, minSpeechMs: 300 },
};

/** Feeds 20 ms windows with these probabilities from `fromMs`; returns every event. */
function feed(segmenter: SpeechSegmenter, probabilities: number[], fromMs = 0): VoiceActivityEvent[] {
  return probabilities.flatMap((p, i) => segmenter.push(p, fromMs + i * 20, fromMs + (i + 1) * 20));
}
const repeat = (p: number, n: number) => Array<number>(n).fill(p);

describe('SpeechSegmenter', () => {
  it('starts speech at the onset once it has lasted the minimum, and ends it at the last voiced window after the hangover', () => {
    const segmenter = new SpeechSegmenter(SETTINGS);
    const events = feed(segmenter, [...repeat(0, 5), ...repeat(0.9, 20), ...repeat(0, 10)]);
    expect(events).toEqual([
      { type: 'speech-start', streamMs: 100 },
      { type: 'speech-end', streamMs: 500, voicedMs: 400 },
    ]);
  });

  it('takes speech resuming soon after speech for the speaker going on, on the shorter resumption minimum', () => {
    const resuming = new SpeechSegmenter({ ...SETTINGS, resume: { withinMs: 1_000, minSpeechMs: 40 } });
    const events = feed(resuming, [...repeat(0.9, 10), ...repeat(0, 20), ...repeat(0.9, 3), ...repeat(0, 40)]);
    expect(events.filter((e) => e.type === 'speech-start')).toEqual([
      { type: 'speech-start', streamMs: 0 },
      { type: 'speech-start', streamMs: 600 },
    ]);
    // Long after the last speech, the same short burst is a click.
    expect(feed(resuming, [...repeat(0.9, 3), ...repeat(0, 10)], 5_000)).toEqual([]);
  });

  it('lets beeps pass for resumed speech only within a second of real speech, not beep after beep (the app’s settings)', () => {
    // Chromium's fake microphone beeps for 20 ms every 500 ms, over two 20 ms windows at most.
    const segmenter = new SpeechSegmenter(DEFAULT_SEGMENTER);
    const beeps = Array.from({ length: 8 }, () => [...repeat(0.9, 2), ...repeat(0, 23)]).flat();
    const starts = feed(segmenter, [...repeat(0.9, 10), ...repeat(0, 15), ...beeps]).filter(
      (e) => e.type === 'speech-start',
    );
    // The speech ended at 200 ms; beeps at 500 and 1,000 ms are within a second of it, later ones are not.
    expect(starts.map((e) => e.streamMs)).toEqual([0, 500, 1000]);
  });

  it('takes 300 ms of speech over the interviewer for a barge-in, and not 200 ms of echo (the app’s settings)', () => {
    const segmenter = new SpeechSegmenter(DEFAULT_SEGMENTER);
    segmenter.setEchoGuard(true);
    expect(feed(segmenter, [...repeat(0.9, 10), ...repeat(0, 10)])).toEqual([]);
    expect(feed(segmenter, [...repeat(0.9, 15), ...repeat(0, 5)], 400)).toEqual([
      { type: 'speech-start', streamMs: 400 },
    ]);
  });

  it('ignores a burst shorter than the minimum speech length', () => {
    expect(feed(new SpeechSegmenter(SETTINGS), [...repeat(0.9, 4), ...repeat(0, 20)])).toEqual([]);
  });

  it('keeps speaking while windows stay above the lower threshold (hysteresis)', () => {
    const events = feed(new SpeechSegmenter(SETTINGS), [...repeat(0.9, 10), ...repeat(0.4, 20), ...repeat(0, 15)]);
    expect(events.filter((e) => e.type === 'speech-end')).toEqual([
      { type: 'speech-end', streamMs: 600, voicedMs: 600 },
    ]);
  });

  it('bridges a gap between words shorter than the hangover and leaves it out of the voiced time', () => {
    const events = feed(new SpeechSegmenter(SETTINGS), [
      ...repeat(0.9, 10),
      ...repeat(0, 5),
      ...repeat(0.9, 10),
      ...repeat(0, 15),
    ]);
    expect(events).toEqual([
      { type: 'speech-start', streamMs: 0 },
      { type: 'speech-end', streamMs: 500, voicedMs: 400 },
    ]);
  });

  it('needs the full threshold again to resume after a quiet window', () => {
    const events = feed(new SpeechSegmenter(SETTINGS), [...repeat(0.9, 10), 0, ...repeat(0.4, 5), ...repeat(0, 15)]);
    expect(events.at(-1)).toEqual({ type: 'speech-end', streamMs: 200, voicedMs: 200 });
  });

  it('splits speech at a pause longer than the hangover', () => {
    const events = feed(new SpeechSegmenter(SETTINGS), [
      ...repeat(0.9, 10),
      ...repeat(0, 50),
      ...repeat(0.9, 10),
      ...repeat(0, 15),
    ]);
    expect(events.map((e) => e.type)).toEqual(['speech-start', 'speech-end', 'speech-start', 'speech-end']);
    expect(events[2]).toEqual({ type: 'speech-start', streamMs: 1200 });
  });

  it('asks echo for a higher threshold and a longer minimum while the interviewer plays', () => {
    const segmenter = new SpeechSegmenter(SETTINGS);
    segmenter.setEchoGuard(true);
    // As loud as ordinary speech but under the echo threshold: never starts.
    expect(feed(segmenter, [...repeat(0.7, 30), ...repeat(0, 15)])).toEqual([]);
    // Above it but shorter than the echo minimum: never starts either.
    expect(feed(segmenter, [...repeat(0.95, 10), ...repeat(0, 15)], 2000)).toEqual([]);
    // Loud and long enough: the candidate is barging in.
    expect(feed(segmenter, [...repeat(0.95, 16)], 4000)).toEqual([{ type: 'speech-start', streamMs: 4000 }]);
  });

  it('goes back to the ordinary settings once the interviewer stops', () => {
    const segmenter = new SpeechSegmenter(SETTINGS);
    segmenter.setEchoGuard(true);
    segmenter.setEchoGuard(false);
    expect(feed(segmenter, repeat(0.7, 6))).toEqual([{ type: 'speech-start', streamMs: 0 }]);
  });

  it('keeps guarding for the echo tail after the interviewer stops, then goes back to the ordinary settings', () => {
    const segmenter = new SpeechSegmenter({ ...SETTINGS, echo: { ...SETTINGS.echo, tailMs: 200 } });
    segmenter.setEchoGuard(true);
    feed(segmenter, repeat(0, 10)); // the interviewer plays until 200 ms
    segmenter.setEchoGuard(false);
    // The last syllable still ringing in the room, as loud as speech but under the echo threshold.
    expect(feed(segmenter, [...repeat(0.7, 8), ...repeat(0, 2)], 200)).toEqual([]);
    expect(feed(segmenter, repeat(0.7, 6), 400)).toEqual([{ type: 'speech-start', streamMs: 400 }]);
  });

  it('holds an onset begun under the guard to the echo rules after the guard lifts', () => {
    const segmenter = new SpeechSegmenter(SETTINGS);
    segmenter.setEchoGuard(true);
    expect(feed(segmenter, repeat(0.95, 5))).toEqual([]);
    segmenter.setEchoGuard(false);
    // The interviewer's last word, begun while it played: not the candidate after 100 ms…
    expect(feed(segmenter, repeat(0.95, 5), 100)).toEqual([]);
    // …only once it has lasted the echo minimum.
    expect(feed(segmenter, repeat(0.95, 6), 200)).toEqual([{ type: 'speech-start', streamMs: 0 }]);
  });

  it('treats a gap in the audio as silence that can end speech', () => {
    const segmenter = new SpeechSegmenter(SETTINGS);
    feed(segmenter, repeat(0.9, 10));
    expect(segmenter.gap(250)).toEqual([]);
    expect(segmenter.gap(1000)).toEqual([{ type: 'speech-end', streamMs: 200, voicedMs: 200 }]);
    expect(segmenter.speaking()).toBe(false);
  });
});
