// When the candidate's answer is over, decided in the browser from our voice-activity detector
// and the live input transcription, instead of the server's fixed ~1 s silence. Pure and
// clock-free: every time is a stream time (ms of capture audio, the detector's clock) handed in,
// so the room and the bench (`npm run bench -- turns`) drive the same code the same way:
//
//   const policy = createEndOfTurnPolicy({ patience: 'normal', languageCode: 'en-US' });
//   policy.questionAsked(question.split(' ').length);   // before each answer (optional)
//   policy.onSpeechStart(ms); policy.onTranscript(fragment, ms); policy.onSpeechEnd(ms, voicedMs);
//   policy.tick(nowMs)  // -> { status: 'pausing', handOverAtMs } … then { status: 'handed-over' }
//
// The transcript matters: an answer whose words so far end in "and", "um" or a comma waits a
// thinking pause out; one that ends on a full stop is handed over after a short silence
// (turn-timing.ts), as long as that full stop is fresh: the live transcription lags the voice,
// so words that arrived before the silence began may not hold the last ones, and a full stop
// from an earlier sentence says nothing about how the latest one ends (then the wait is the
// 'open' one, as without any transcript). The short wait itself is the candidate's own: just
// past the pauses they leave between sentences (candidate-pauses.ts).
// A fresh full stop also allows an early hand-over (early-hand-over.ts): the view turns
// 'tentative', the room hands the turn over upstream at once and holds the reply back until
// `releaseAtMs`, the same confident wait; speech before then takes the turn back, and the answer
// goes on as one answer.

import type { Patience } from '../../../lib/interview';
import { TURN_WAIT_MS } from '../../../lib/interviewer/patience';
import { COUNTDOWN_MS, LONG_QUESTION_WORDS, MIN_ANSWER_VOICED_MS, waitAfterSpeech } from './turn-timing';
import { createCandidatePauses } from './candidate-pauses';
import { earlyHandOverAtMs } from './early-hand-over';
import { answerEnding, continuationWords, type AnswerEnding } from './turn-words';

export interface EndOfTurnOptions {
  patience: Patience;
  /** BCP-47 code of the interview: picks the continuation words. */
  languageCode: string;
  /** Silence before an early hand-over on Normal (early-hand-over.ts); the bench varies it. */
  earlySilenceMs?: number;
}

export type TurnView =
  /** No answer under way: the interviewer has the floor, or the candidate has not begun. */
  | { status: 'idle' }
  | { status: 'speaking' }
  /** The candidate keeps the turn (hold Space, "Still thinking"). */
  | { status: 'held' }
  /**
   * Silence after speech: the turn passes at `handOverAtMs` unless speech resumes; the ring shows
   * from `countdownFromMs`; `earlyAtMs`: when it turns 'tentative' if nothing changes.
   */
  | { status: 'pausing'; ending: AnswerEnding; handOverAtMs: number; countdownFromMs: number; earlyAtMs?: number }
  /**
   * Handed over early (at `sentAtMs`): the model may compose its reply, which the candidate hears
   * only from `releaseAtMs` (then 'handed-over'); speech before that takes the turn back.
   */
  | { status: 'tentative'; ending: AnswerEnding; sentAtMs: number; releaseAtMs: number; countdownFromMs: number }
  | { status: 'handed-over'; atMs: number; by: 'silence' | 'done' };

export interface EndOfTurnPolicy {
  /** The interviewer asked something of `words` words: the next answer starts afresh. */
  questionAsked(words: number): void;
  onSpeechStart(streamMs: number): void;
  onSpeechEnd(streamMs: number, voicedMs: number): void;
  /** A fragment of the live input transcription, in arrival order, arriving at stream time `streamMs`. */
  onTranscript(text: string, streamMs: number): void;
  /** The candidate holds the turn (true) or lets go of it (false) at `streamMs`. */
  hold(held: boolean, streamMs: number): void;
  /** The candidate hands over now ("Done", Enter). */
  done(streamMs: number): void;
  /** Where the turn stands at `nowMs`; a due hand-over happens here. */
  tick(nowMs: number): TurnView;
}

type Phase = 'idle' | 'speaking' | 'silent' | 'handed-over';

export function createEndOfTurnPolicy(opts: EndOfTurnOptions): EndOfTurnPolicy {
  const words = continuationWords(opts.languageCode);
  let phase: Phase = 'idle';
  const pauses = createCandidatePauses();
  let transcript = '';
  let transcriptAtMs = Number.NEGATIVE_INFINITY;
  let voicedMs = 0;
  let minimumMs = 0;
  /** Where the silence is counted from: the speech's end, or the release of a hold after it. */
  let silentFromMs = 0;
  let speechEndedMs = 0;
  let held = false;
  let handedOver: Extract<TurnView, { status: 'handed-over' }> | undefined;
  /** When this silence was handed over early; cleared when speech resumes. */
  let earlyAtMs: number | undefined;

  function beginAnswer() {
    earlyAtMs = undefined;
    transcript = '';
    transcriptAtMs = Number.NEGATIVE_INFINITY;
    voicedMs = 0;
    handedOver = undefined;
  }

  /** How the answer ends, as far as the words show: a full stop heard before the silence began is stale. */
  function ending(): AnswerEnding {
    const read = answerEnding(transcript, words);
    return read === 'finished' && transcriptAtMs < speechEndedMs ? 'open' : read;
  }

  function handOverAt(): { ending: AnswerEnding; atMs: number; shortOfMinimum: boolean } {
    const end = ending();
    const finishedMs = pauses.finishedWait(TURN_WAIT_MS.finished);
    const shortOfMinimum = voicedMs < minimumMs;
    return {
      ending: end,
      atMs: silentFromMs + waitAfterSpeech(end, opts.patience, shortOfMinimum, finishedMs),
      shortOfMinimum,
    };
  }

  /** The silence's view short of the confident hand-over: tentative once an early hand-over was due. */
  function waiting(nowMs: number): TurnView {
    const { ending, atMs, shortOfMinimum } = handOverAt();
    const countdownFromMs = Math.max(silentFromMs, atMs - COUNTDOWN_MS);
    const early = earlyHandOverAtMs({
      ending,
      patience: opts.patience,
      shortOfMinimum,
      held,
      silentFromMs,
      ...(opts.earlySilenceMs !== undefined ? { floorMs: opts.earlySilenceMs } : {}),
    });
    if (earlyAtMs === undefined && early !== undefined && nowMs >= early) earlyAtMs = nowMs;
    if (earlyAtMs !== undefined)
      return { status: 'tentative', ending, sentAtMs: earlyAtMs, releaseAtMs: atMs, countdownFromMs };
    return {
      status: 'pausing',
      ending,
      handOverAtMs: atMs,
      countdownFromMs,
      ...(early !== undefined ? { earlyAtMs: early } : {}),
    };
  }

  function handOver(atMs: number, by: 'silence' | 'done'): TurnView {
    phase = 'handed-over';
    held = false;
    handedOver = { status: 'handed-over', atMs, by };
    return handedOver;
  }

  return {
    questionAsked(count) {
      minimumMs = count >= LONG_QUESTION_WORDS ? MIN_ANSWER_VOICED_MS : 0;
      // An answer already under way (the candidate spoke over the question's end) keeps going.
      if (phase !== 'handed-over') return;
      phase = 'idle';
      beginAnswer();
    },
    onSpeechStart(streamMs) {
      if (phase === 'handed-over' || phase === 'idle') beginAnswer();
      // The candidate went on after a pause that did not sound mid-clause and was not held: one of their ordinary pauses.
      const unheld = !held && silentFromMs === speechEndedMs;
      if (phase === 'silent' && unheld && ending() !== 'unfinished') pauses.resumed(streamMs - speechEndedMs);
      earlyAtMs = undefined;
      phase = 'speaking';
    },
    onSpeechEnd(streamMs, voiced) {
      if (phase !== 'speaking') return;
      voicedMs += voiced;
      silentFromMs = streamMs;
      speechEndedMs = streamMs;
      phase = 'silent';
    },
    onTranscript(text, streamMs) {
      // Words that arrive after the hand-over belong to the answer just given, not the next one.
      if (phase !== 'speaking' && phase !== 'silent') return;
      transcript += text;
      transcriptAtMs = streamMs;
    },
    hold(on, streamMs) {
      if (held && !on && phase === 'silent') silentFromMs = Math.max(silentFromMs, streamMs);
      held = on && phase !== 'handed-over';
    },
    done(streamMs) {
      if (phase !== 'handed-over') handOver(streamMs, 'done');
    },
    tick(nowMs) {
      if (phase === 'handed-over' && handedOver) return handedOver;
      if (held) return { status: 'held' };
      if (phase !== 'silent') return { status: phase === 'speaking' ? 'speaking' : 'idle' };
      const { atMs } = handOverAt();
      if (nowMs >= atMs) return handOver(atMs, 'silence');
      return waiting(nowMs);
    },
  };
}
