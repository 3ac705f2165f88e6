import { describe, expect, it } from 'vitest';
import type { Episode } from './corpus.ts';
import { bargeInsHeard, scoreRun, serverVadOutcome, type HeardEvent, type TurnPolicy } from './score.ts';

// The scoring mechanics, with toy policies that read only the silence since the last speech end.
function silencePolicy(status: (silentMs: number) => string): () => TurnPolicy {
  return () => {
    let silentFrom: number | undefined;
    let over = false;
    return {
      questionAsked: () => undefined,
      onSpeechStart: () => void (silentFrom = undefined),
      onSpeechEnd: (ms) => void (silentFrom = ms),
      onTranscript: () => undefined,
      tick(now) {
        const said = silentFrom === undefined ? 'speaking' : status(now - silentFrom);
        over ||= said === 'handed-over';
        return { status: over ? 'handed-over' : said };
      },
    };
  };
}

/** Hands over 300 ms after any speech end. */
const afterSilence = silencePolicy((ms) => (ms >= 300 ? 'handed-over' : 'speaking'));
/** Hands over early 100 ms after any speech end and releases 2 s after it, unless speech resumes. */
const early = silencePolicy((ms) => (ms >= 2000 ? 'handed-over' : ms >= 100 ? 'tentative' : 'speaking'));

const voice = { name: 'en-us', wordsPerMinute: 150 };
/** An answer from 1000 to 3000 ms with a 1500 ms thinking pause in it (1800–3300 ms of speech overall). */
const thinking: Episode = {
  voice,
  question: 'Why?',
  playing: { startMs: 0, endMs: 800 },
  clauses: [
    { text: 'Because', startMs: 1000, endMs: 1800 },
    { text: 'it works.', startMs: 3300, endMs: 4000 },
  ],
  thinking: [{ startMs: 1800, endMs: 3300 }],
  answerStartMs: 1000,
  answerEndMs: 4000,
};
const ev = (type: HeardEvent['type'], streamMs: number, knownAtMs = streamMs): HeardEvent => ({
  type,
  streamMs,
  knownAtMs,
  voicedMs: 0,
});

describe('turns bench scoring', () => {
  it('counts a hand-over inside the thinking pause as a cut-off', () => {
    const score = scoreRun([thinking], [ev('speech-start', 1000), ev('speech-end', 1800, 2000)], afterSilence);
    expect(score.outcomes).toEqual([{ kind: 'cut', atMs: 2100, inThinkingPause: true, audible: true, takeBacks: [] }]);
  });

  it('measures the end of turn from the true end of the answer to the hand-over', () => {
    // A detector whose stretch lasts the whole answer: the hand-over comes 300 ms after its end.
    const score = scoreRun([thinking], [ev('speech-start', 1000), ev('speech-end', 4000, 4200)], afterSilence);
    expect(score.outcomes).toEqual([{ kind: 'complete', delayMs: 300, upstreamMs: 300, takeBacks: [] }]);
  });

  it('says an answer was never heard when no speech started in it', () => {
    expect(scoreRun([thinking], [], afterSilence).outcomes).toEqual([{ kind: 'never-heard' }]);
  });

  it('counts speech starting under the interviewer’s echo as a false barge-in', () => {
    expect(scoreRun([thinking], [ev('speech-start', 400), ev('speech-end', 700)], afterSilence).falseBargeIns).toBe(1);
  });

  it('hears a barge-in only from a start near the candidate’s own', () => {
    const bargeIn = { playing: { startMs: 0, endMs: 3000 }, speech: { startMs: 2000, endMs: 3500 } };
    expect(bargeInsHeard([bargeIn], [ev('speech-start', 2050, 2400)])).toBe(1);
    expect(bargeInsHeard([bargeIn], [ev('speech-start', 500, 800)])).toBe(0);
  });

  it('has the server VAD cut every pause of a second or more and answer 1 s after the rest', () => {
    expect(serverVadOutcome(thinking)).toMatchObject({ kind: 'cut', atMs: 2800, inThinkingPause: true, audible: true });
    const plain = {
      ...thinking,
      clauses: [{ text: 'Yes.', startMs: 1000, endMs: 1800 }],
      thinking: [],
      answerEndMs: 1800,
    };
    expect(serverVadOutcome(plain)).toEqual({ kind: 'complete', delayMs: 1000, upstreamMs: 1000, takeBacks: [] });
  });

  it('counts an early hand-over that speech took back, where it was made, and times both moments of the final one', () => {
    const events = [ev('speech-start', 1000), ev('speech-end', 1800), ev('speech-start', 3300), ev('speech-end', 4000)];
    const score = scoreRun([thinking], events, early);
    expect(score.outcomes).toEqual([
      { kind: 'complete', delayMs: 2000, upstreamMs: 100, takeBacks: [{ where: 'thinking-pause', afterMs: 1400 }] },
    ]);
  });

  it('calls an early hand-over the model kept before the answer was over a cut, though the reply came after it', () => {
    // The resumed speech is reported only after the release: nothing took the hand-over back.
    const events = [ev('speech-start', 1000), ev('speech-end', 1800), ev('speech-start', 3300, 3900)];
    const late = scoreRun(
      [{ ...thinking, thinking: [{ startMs: 1800, endMs: 2150 }], answerEndMs: 2150 }],
      events,
      early,
    );
    expect(late.outcomes).toEqual([{ kind: 'cut', atMs: 1900, inThinkingPause: true, audible: false, takeBacks: [] }]);
  });
});
