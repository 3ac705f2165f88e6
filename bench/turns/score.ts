// Scores one detector's events on the corpus through the end-of-turn policy, as the room would
// run it: one policy per candidate (a voice at a rate), as the room keeps one per interview, so
// it learns how that candidate pauses; per answer, the policy hears the question end, the detector's speech events when the
// detector reports them (stream time), and the transcript of each clause TRANSCRIPT_LAG_MS after
// it was spoken; it is asked every 20 ms whether the turn is over. Pure: no audio here.
// With the early hand-over (web/src/features/interview/turn/early-hand-over.ts) two moments
// count: when the model is handed the turn (activityEnd, the first 'tentative' tick not taken
// back, or the hand-over itself) and when the candidate can first hear it (the release, the
// 'handed-over' tick). Speech after 'tentative' is a take-back, counted with where it happened.

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

/** Where an early hand-over that the candidate's speech took back had been made. */
export type TakeBackPlace = 'thinking-pause' | 'between-sentences' | 'after-answer';

/** An early hand-over taken back `afterMs` after activityEnd: the model's window to begin a reply. */
export interface TakeBack {
  where: TakeBackPlace;
  afterMs: number;
}

export type AnswerOutcome =
  /** `delayMs`: answer end → release (audible); `upstreamMs`: answer end → activityEnd. */
  | { kind: 'complete'; delayMs: number; upstreamMs: number; takeBacks: TakeBack[] }
  /**
   * The model was handed the turn before the answer was over and kept it (its reply answers half
   * an answer); `audible`: the reply was also released inside the pause, so the candidate heard it.
   */
  | { kind: 'cut'; inThinkingPause: boolean; atMs: number; audible: boolean; takeBacks: TakeBack[] }
  | { kind: 'never-heard' }
  | { kind: 'not-handed-over'; takeBacks: TakeBack[] };

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
  /** An early hand-over not (yet) taken back. */
  let sentAt: number | undefined;
  const takeBacks: TakeBack[] = [];
  for (let now = from; now < untilMs; now += TICK_MS) {
    for (; next < mine.length && (mine[next]?.knownAtMs ?? Infinity) <= now; next++) deliver(policy, mine[next]);
    for (; said < words.length && (words[said]?.atMs ?? Infinity) <= now; said++)
      policy.onTranscript(words[said]?.text ?? '', now);
    const { status } = policy.tick(now);
    if (status === 'tentative') sentAt ??= now;
    if (status === 'tentative') continue;
    if (status !== 'handed-over') {
      if (sentAt !== undefined) takeBacks.push({ where: whereTaken(episode, sentAt), afterMs: now - sentAt });
      sentAt = undefined;
      continue;
    }
    const upstreamAt = sentAt ?? now;
    if (upstreamAt >= episode.answerEndMs)
      return {
        kind: 'complete',
        delayMs: now - episode.answerEndMs,
        upstreamMs: upstreamAt - episode.answerEndMs,
        takeBacks,
      };
    const audible = now < episode.answerEndMs;
    return { kind: 'cut', atMs: upstreamAt, inThinkingPause: inThinkingPause(episode, upstreamAt), audible, takeBacks };
  }
  return { kind: 'not-handed-over', takeBacks };
}

const inThinkingPause = (episode: Episode, atMs: number) =>
  episode.thinking.some((p) => atMs >= p.startMs && atMs < p.endMs);

function whereTaken(episode: Episode, atMs: number): TakeBackPlace {
  if (inThinkingPause(episode, atMs)) return 'thinking-pause';
  return atMs < episode.answerEndMs ? 'between-sentences' : 'after-answer';
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
        audible: true,
        takeBacks: [],
      };
  }
  return { kind: 'complete', delayMs: SILENCE_MS, upstreamMs: SILENCE_MS, takeBacks: [] };
}
