// Scores one detector's events on the corpus through the end-of-turn policy, as the room would
// run it: one policy per candidate (a voice at a rate), as the room keeps one per interview, so
// it learns how that candidate pauses; per answer, the policy hears the question end, the detector's speech events when the
// detector reports them (stream time), and the transcript of each clause TRANSCRIPT_LAG_MS after
// it was spoken; it is asked every 20 ms whether the turn is over. Pure: no audio here.

import type { BargeIn, Episode } from './corpus.ts';

/** The end-of-turn policy's surface (web/src/features/interview/turn/end-of-turn-policy.ts). */
export interface TurnPolicy {
  questionAsked(words: number): void;
  onSpeechStart(streamMs: number): void;
  onSpeechEnd(streamMs: number, voicedMs: number): void;
  onTranscript(text: string, streamMs: number): void;
  tick(nowMs: number): { status: string };
}

export interface HeardEvent {
  type: 'speech-start' | 'speech-end';
  streamMs: number;
  voicedMs?: number;
  /** Stream time at which the detector reported it (after its minimum speech or hangover). */
  knownAtMs: number;
}

/** How long the live input transcription takes to deliver a clause after it was spoken (assumed). */
export const TRANSCRIPT_LAG_MS = 300;
const TICK_MS = 20;

export type AnswerOutcome =
  | { kind: 'complete'; delayMs: number }
  | { kind: 'cut'; inThinkingPause: boolean; atMs: number }
  | { kind: 'never-heard' }
  | { kind: 'not-handed-over' };

export interface Score {
  outcomes: AnswerOutcome[];
  /** Speech starts while only the interviewer's echo was on the microphone. */
  falseBargeIns: number;
}

/** Barge-ins the detector heard: a speech start within a second of the candidate starting to talk over the interviewer. */
export function bargeInsHeard(bargeIns: BargeIn[], events: HeardEvent[]): number {
  return bargeIns.filter((b) =>
    events.some(
      (e) =>
        e.type === 'speech-start' && e.streamMs >= b.speech.startMs - 100 && e.knownAtMs <= b.speech.startMs + 1000,
    ),
  ).length;
}

export function scoreRun(episodes: Episode[], events: HeardEvent[], makePolicy: () => TurnPolicy): Score {
  const candidates = new Map<string, TurnPolicy>();
  const policyOf = ({ voice }: Episode) => {
    const key = `${voice.name}@${voice.wordsPerMinute}`;
    const policy = candidates.get(key) ?? makePolicy();
    candidates.set(key, policy);
    return policy;
  };
  const outcomes = episodes.map((episode, i) => {
    const until = episodes[i + 1]?.playing.startMs ?? Number.POSITIVE_INFINITY;
    return answerOutcome(episode, until, events, policyOf(episode));
  });
  const falseBargeIns = events.filter(
    (e) =>
      e.type === 'speech-start' &&
      episodes.some((ep) => e.streamMs >= ep.playing.startMs && e.streamMs < ep.playing.endMs),
  ).length;
  return { outcomes, falseBargeIns };
}

function answerOutcome(episode: Episode, untilMs: number, events: HeardEvent[], policy: TurnPolicy): AnswerOutcome {
  const from = episode.playing.endMs;
  const mine = events
    .filter((e) => e.streamMs >= from && e.knownAtMs < untilMs)
    .sort((a, b) => a.knownAtMs - b.knownAtMs);
  if (!mine.some((e) => e.type === 'speech-start' && e.streamMs < episode.answerEndMs)) return { kind: 'never-heard' };
  const words = episode.clauses.map((c) => ({ text: `${c.text} `, atMs: c.endMs + TRANSCRIPT_LAG_MS }));
  policy.questionAsked(episode.question.split(/\s+/).length);
  let next = 0;
  let said = 0;
  for (let now = from; now < untilMs; now += TICK_MS) {
    for (; next < mine.length && (mine[next]?.knownAtMs ?? Infinity) <= now; next++) deliver(policy, mine[next]);
    for (; said < words.length && (words[said]?.atMs ?? Infinity) <= now; said++)
      policy.onTranscript(words[said]?.text ?? '', now);
    if (policy.tick(now).status !== 'handed-over') continue;
    if (now >= episode.answerEndMs) return { kind: 'complete', delayMs: now - episode.answerEndMs };
    return { kind: 'cut', atMs: now, inThinkingPause: episode.thinking.some((p) => now >= p.startMs && now < p.endMs) };
  }
  return { kind: 'not-handed-over' };
}

function deliver(policy: TurnPolicy, event: HeardEvent | undefined): void {
  if (event?.type === 'speech-start') policy.onSpeechStart(event.streamMs);
  else if (event) policy.onSpeechEnd(event.streamMs, event.voicedMs ?? 0);
}

/** A 3.1-style server VAD: the turn ends after 1.0 s of silence, whatever it was told. */
export function serverVadOutcome(episode: Episode): AnswerOutcome {
  const SILENCE_MS = 1000;
  for (let i = 0; i < episode.clauses.length - 1; i++) {
    const [end, nextStart] = [episode.clauses[i]?.endMs ?? 0, episode.clauses[i + 1]?.startMs ?? 0];
    if (nextStart - end >= SILENCE_MS)
      return {
        kind: 'cut',
        atMs: end + SILENCE_MS,
        inThinkingPause: episode.thinking.some((p) => end >= p.startMs - 1 && end <= p.endMs),
      };
  }
  return { kind: 'complete', delayMs: SILENCE_MS };
}
