import { describe, expect, it } from 'vitest';
import { runEnergyDetector } from './testing/run-energy-detector';
import { concat, espeak, mix, noise, RATE } from './testing/test-signals';

// The echo guard on real speech (espeak-ng), through the app's pipeline with the energy
// detector: the interviewer's question leaks back into the microphone 10 dB below the
// candidate's voice (echo left after echo cancellation, a harsh reading, as in the turns bench),
// and the candidate starts talking over its last 1.2 s. The guard must keep the echo out and
// still let the candidate in at once: a barge-in stops the interviewer.

const QUESTION = 'Tell me about a time you had to change a plan halfway through a project.';
const BARGE_IN = 'Sorry, can I ask a question first?';
const CANDIDATE_RMS = 0.05;
const ECHO_RMS = CANDIDATE_RMS / Math.sqrt(10);

function room(candidateAtMs: number | undefined) {
  const echo = concat(new Float32Array(RATE), espeak(QUESTION, 'en-gb-x-rp', 170, ECHO_RMS));
  const playing = { startMs: 1000, endMs: (echo.length * 1000) / RATE };
  const voice = candidateAtMs === undefined ? new Float32Array(0) : espeak(BARGE_IN, 'en-us', 170, CANDIDATE_RMS);
  const at = Math.round(((candidateAtMs ?? 0) * RATE) / 1000);
  const signal = mix(echo, concat(new Float32Array(at), voice, new Float32Array(2 * RATE)));
  return { signal: mix(signal, noise(signal.length / RATE, CANDIDATE_RMS / 10, 3)), playing };
}

describe('the echo guard', () => {
  it('keeps the interviewer’s own voice, coming back through the speakers, out', async () => {
    const { signal, playing } = room(undefined);
    const events = await runEnergyDetector(signal, playing);
    expect(events.filter((e) => e.type === 'speech-start')).toEqual([]);
  });

  it('hears the candidate talking over the interviewer within 350 ms of their first word', async () => {
    const { playing } = room(undefined);
    const startMs = playing.endMs - 1200;
    const { signal } = room(startMs);
    const starts = (await runEnergyDetector(signal, playing)).filter((e) => e.type === 'speech-start');
    expect(starts[0]?.streamMs).toBeGreaterThanOrEqual(startMs - 100);
    // Stream time, not wall time: the detector knew by the end of the frame that told it. Their
    // first word ("Sorry,") lasts about 300 ms: the guard's minimum must not outlast it.
    expect(starts[0]?.knownAtMs).toBeLessThan(startMs + 350);
  });
});
