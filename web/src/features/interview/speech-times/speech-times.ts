// When each voice was really heard, attached to the transcript turns before they are saved: the
// candidate's voiced spans from our voice detector, the interviewer's from the playback of its
// reply. Transcription text arrives late and in bursts, so its times are not speaking times.
// Rules the pairing keeps:
// - a turn takes its voice when it is first saved: every span since the speaker's previous turn,
//   including one still going (that turn is saved again once the span ends);
// - a candidate span heard entirely while the interviewer was playing is not an answer (echo
//   from the speakers, or an "mm-hm" that did not take the turn): it is dropped. Speech that
//   stops the interviewer (a barge-in) outlasts the playback and is kept;
// - candidate spans that ended before the last reply finished playing, and that no turn took,
//   were voice the transcript never heard (a cough, a "hmm"): the next answer leaves them out;
// - a typed answer has no voice: it is marked typed, and spans waiting at that moment are dropped;
// - an interviewer turn saved before its playback began takes the next playback that starts.
// Times are whole milliseconds on the interview's clock.

import type { Speaker, SpeechSpan } from '../../../lib/interview';
import type { TranscriptTurn } from '../transcript/transcript';
import type { VoiceActivityEvent } from '../../../services/voice-activity/types';
import { createSpanLedger, type SpanLedger } from './span-ledger';
import { createStreamClock } from './stream-clock';

export interface SpeechTimes {
  /** A detector event, with the detector's stream time and the interview time as it arrived. */
  candidate(event: VoiceActivityEvent, streamNowMs: number, interviewNowMs: number): void;
  /** The interviewer's voice started or stopped being heard. */
  interviewerPlaying(playing: boolean, interviewNowMs: number): void;
  /** Finished turns about to be saved, with their voice attached (copies; the input is unchanged). */
  annotate(turns: readonly TranscriptTurn[]): TranscriptTurn[];
}

export function createSpeechTimes(rewrite: (turns: TranscriptTurn[]) => void): SpeechTimes {
  const ledgers: Record<Speaker, SpanLedger> = { candidate: createSpanLedger(), interviewer: createSpanLedger() };
  const clock = createStreamClock();
  /** The last saved copy of each turn, to save again when a span it claimed ends. */
  const saved = new Map<number, TranscriptTurn>();
  let candidateStream: { streamMs: number; atMs: number } | undefined;

  function savedAgain(seq: number | undefined) {
    const turn = seq === undefined ? undefined : saved.get(seq);
    const role = turn?.role;
    if (!turn || !role || seq === undefined) return;
    const updated = { ...turn, speech: ledgers[role].spansOf(seq) ?? [] };
    saved.set(seq, updated);
    rewrite([updated]);
  }

  function candidateEnd(streamMs: number, voicedMs: number) {
    const begun = candidateStream;
    candidateStream = undefined;
    if (!begun) return;
    const playingSince = ledgers.interviewer.openSince();
    if (playingSince !== undefined && playingSince <= begun.atMs) return ledgers.candidate.cancel();
    savedAgain(ledgers.candidate.end(begun.atMs + Math.round(streamMs - begun.streamMs), Math.round(voicedMs)));
  }

  /** The end of the last reply heard before `atMs`: older unclaimed voice is stale. */
  function lastReplyEndBefore(atMs: number): number {
    return ledgers.interviewer.endTimes().reduce((last, end) => (end <= atMs && end > last ? end : last), -Infinity);
  }

  function voiceOf(turn: TranscriptTurn): SpeechSpan[] | undefined {
    if (turn.typed) {
      ledgers.candidate.discardUntil(Infinity);
      return undefined;
    }
    if (turn.role === 'interviewer') {
      const spans = ledgers.interviewer.claim(turn.seq);
      if (spans.length === 0 && ledgers.interviewer.openSince() === undefined) ledgers.interviewer.awaitNext(turn.seq);
      return spans;
    }
    const staleUntil = lastReplyEndBefore(turn.startMs);
    return ledgers.candidate.claim(turn.seq, (span) => span.endMs > staleUntil);
  }

  return {
    candidate(event, streamNowMs, interviewNowMs) {
      clock.observe(streamNowMs, interviewNowMs);
      if (event.type === 'speech-start') {
        const atMs = Math.max(0, Math.round(clock.toInterviewMs(event.streamMs) ?? interviewNowMs));
        candidateStream = { streamMs: event.streamMs, atMs };
        ledgers.candidate.start(atMs);
      } else if (event.type === 'speech-end') {
        candidateEnd(event.streamMs, event.voicedMs);
      }
    },
    interviewerPlaying(playing, interviewNowMs) {
      const atMs = Math.max(0, Math.round(interviewNowMs));
      const ledger = ledgers.interviewer;
      if (playing) return ledger.start(atMs);
      const since = ledger.openSince();
      if (since !== undefined) savedAgain(ledger.end(atMs, atMs - since));
    },
    annotate(turns) {
      return turns.map((turn) => {
        const speech = voiceOf(turn);
        const annotated: TranscriptTurn = speech === undefined ? { ...turn } : { ...turn, speech };
        saved.set(turn.seq, annotated);
        return annotated;
      });
    },
  };
}
