// Feeds the speech times from the session's detector and the interviewer's voice. Only while the
// interview's clock runs: voice before it (the microphone check, the greeting being prepared)
// answers nothing.

import type { TranscriptTurn } from '../transcript/transcript';
import type { VoiceActivityDetector } from '../../../services/voice-activity/types';
import type { InterviewerVoice } from '../voice-types';
import { createSpeechTimes } from './speech-times';

export interface SpeechTimesDeps {
  detector?: Pick<VoiceActivityDetector, 'on' | 'streamMs'>;
  voice: Pick<InterviewerVoice, 'on' | 'playing'>;
  /** Interview time now, and whether the interview's clock has started. */
  interviewMs: () => number;
  started: () => boolean;
  /** Saves turns again whose voice was still going when they were first saved. */
  rewrite: (turns: TranscriptTurn[]) => void;
}

export interface ConnectedSpeechTimes {
  annotate(turns: readonly TranscriptTurn[]): TranscriptTurn[];
  dispose(): void;
}

export function connectSpeechTimes(deps: SpeechTimesDeps): ConnectedSpeechTimes {
  const times = createSpeechTimes(deps.rewrite);
  const { detector, voice } = deps;
  let playing = false;
  const offs = [
    detector?.on((event) => {
      if (deps.started()) times.candidate(event, detector.streamMs(), deps.interviewMs());
    }) ?? (() => {}),
    voice.on('change', () => {
      const now = voice.playing();
      if (now === playing || !deps.started()) return;
      playing = now;
      times.interviewerPlaying(now, deps.interviewMs());
    }),
  ];
  return {
    // Without a detector the candidate's turns carry no voice ("not measured"); the interviewer's
    // playback is still timed.
    annotate: (turns) =>
      times.annotate(turns).map((turn) => (detector || turn.role === 'interviewer' ? turn : withoutSpeech(turn))),
    dispose: () => offs.forEach((off) => off()),
  };
}

function withoutSpeech(turn: TranscriptTurn): TranscriptTurn {
  const { speech: _none, ...rest } = turn;
  return rest;
}
