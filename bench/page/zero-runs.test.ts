import { describe, expect, it } from 'vitest';
import { synthesizeUtterance } from '../../e2e/fakes/gemini/synthetic-voice.ts';
import { int16ToFloat } from '../../web/src/lib/pcm.ts';
import { MIN_ZERO_RUN_MS, ZeroRuns } from './zero-runs.ts';

// The one underrun instrument checked against gaps put in on purpose: it must find each inserted
// gap, where it was and as long as it was, and nothing else in the fake's voice. (Against our
// player's own counter: bench/app/output-tap-on-player.test.ts.)

const RATE = 24000;
const QUANTUM = 128;
const MIN_FRAMES = (RATE * MIN_ZERO_RUN_MS) / 1000;
const LINES = ['Hi.', 'What happened next, part 1?', 'Tell me about a time you disagreed with a colleague.'];

/** Runs found in `signal`, fed to the tap in render quanta. */
function runsIn(signal: Float32Array): { start: number; frames: number }[] {
  const found: { start: number; frames: number }[] = [];
  const tap = new ZeroRuns(MIN_FRAMES, (start, frames) => found.push({ start, frames }));
  for (let at = 0; at < signal.length; at += QUANTUM) tap.push(signal.subarray(at, at + QUANTUM), QUANTUM, at);
  return found;
}

const voice = (text: string, floorSteps = 3): Float32Array =>
  int16ToFloat(synthesizeUtterance(text, { msPerChar: 55, peak: 0.35, floorSteps }));

function joined(parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

describe('ZeroRuns (the output tap)', () => {
  it('reports a zero run between two sounds with its first frame and length', () => {
    const signal = joined([new Float32Array(300), voice('Hi.'), new Float32Array(100), voice('Yes.')]);
    const hi = voice('Hi.').length;
    expect(runsIn(signal)).toEqual([{ start: 300 + hi, frames: 100 }]);
  });

  it('ignores the silence before the first sound, runs shorter than the minimum, and a run not yet ended', () => {
    const short = new Float32Array(MIN_FRAMES - 1);
    expect(runsIn(joined([new Float32Array(5000), voice('Hi.'), short, voice('Yes.'), new Float32Array(900)]))).toEqual(
      [],
    );
  });

  it("finds none in the fake's voice with its floor, and many without it (why the floor is there)", () => {
    for (const line of LINES) expect(runsIn(voice(line))).toEqual([]);
    expect(runsIn(voice(LINES[2] ?? '', 0)).length).toBeGreaterThan(5);
  });

  it('finds exactly the gaps inserted into the voice, wherever they fall in a quantum', () => {
    const speech = voice(LINES[2] ?? '');
    const cuts = [1000, 7777, 20_001, 40_000];
    const lengths = [MIN_FRAMES, 97, 1500, 333];
    const pieces: Float32Array[] = [];
    const expected: { start: number; frames: number }[] = [];
    let from = 0;
    let shift = 0;
    cuts.forEach((cut, i) => {
      pieces.push(speech.subarray(from, cut), new Float32Array(lengths[i] ?? 0));
      expected.push({ start: cut + shift, frames: lengths[i] ?? 0 });
      shift += lengths[i] ?? 0;
      from = cut;
    });
    pieces.push(speech.subarray(from));
    expect(runsIn(joined(pieces))).toEqual(expected);
  });
});
