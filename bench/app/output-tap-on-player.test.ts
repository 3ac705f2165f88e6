import { describe, expect, it } from 'vitest';
import { synthesizeUtterance } from '../../e2e/fakes/gemini/synthetic-voice';
import { DEFAULT_PLAYBACK_TUNING, PlaybackEngine } from '../../web/src/services/audio/playback-engine';
import { MIN_ZERO_RUN_MS, ZeroRuns } from '../page/zero-runs';

// The output tap's underrun count against our player's own, on the player's real rendering (the
// worklet's logic in Node): a chunk that comes late must show as one zero run as long as the
// silence the player says it left; chunks on time, as none. (Checked by web/tsconfig.json: it
// imports the app's audio code, which the bench's Node config cannot resolve.)

const RATE = 24000;
const QUANTUM = 128;
const LINE = 'Tell me about a time you disagreed with a colleague.';

describe("ZeroRuns on our player's output", () => {
  /** Feeds 40 ms chunks of the floored voice, one late by `lateMs` (0: none), and taps what the player renders. */
  function play(lateMs: number): { runs: { start: number; frames: number }[]; underruns: number; starved: number } {
    const pcm = synthesizeUtterance(LINE, { msPerChar: 55, peak: 0.35, floorSteps: 3 });
    const chunk = RATE / 25;
    const engine = new PlaybackEngine(RATE, RATE, DEFAULT_PLAYBACK_TUNING, () => undefined);
    const runs: { start: number; frames: number }[] = [];
    const tap = new ZeroRuns((RATE * MIN_ZERO_RUN_MS) / 1000, (start, frames) => runs.push({ start, frames }));
    const block = new Float32Array(QUANTUM);
    const late = Math.round((lateMs * RATE) / 1000);
    let frame = 0;
    const renderUntil = (end: number): void => {
      for (; frame < end; frame += QUANTUM) {
        engine.render(block);
        tap.push(block, QUANTUM, frame);
      }
    };
    for (let sent = 0; sent < pcm.length; sent += chunk) {
      // Chunk 10 comes `late` samples after its slot; the others on time.
      renderUntil(sent + (sent === 10 * chunk ? late : 0));
      engine.enqueue(pcm.subarray(sent, sent + chunk));
    }
    renderUntil(frame + RATE);
    const { underruns, starvedSamples } = engine.status();
    return { runs, underruns, starved: starvedSamples };
  }

  it('counts nothing when every chunk is on time', () => {
    expect(play(0)).toEqual({ runs: [], underruns: 0, starved: 0 });
  });

  it("counts the starved gap the player's own counter counts, as long as it", () => {
    const { runs, underruns, starved } = play(250);
    expect(underruns).toBe(1);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.frames).toBe(starved);
  });
});
