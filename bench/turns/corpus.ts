// The turns bench's spoken corpus, made at run time: for every voice and rate, each scripted
// answer becomes an episode on one long microphone stream, as in an interview:
//   the interviewer's question plays (its echo reaches the microphone at ECHO_DB below the
//   candidate's voice) → GAP_MS → the candidate's answer (clauses joined by espeak's own
//   sentence pause, or by the answer's thinking pause) → TAIL_MS of silence.
// Pink noise runs under everything at 20 dB below the candidate's speech (SNR_DB).

import { assignThinkingPauses, scriptedAnswers, type ScriptedAnswer } from './corpus-text.ts';
import { normalise, pinkNoise, RATE, sentenceGapMs, speak, trimSilence, type Voice } from './synth.ts';

export const VOICES: readonly Voice[] = [
  { name: 'en-us', wordsPerMinute: 150 },
  { name: 'en-us', wordsPerMinute: 190 },
  { name: 'en-gb', wordsPerMinute: 150 },
  { name: 'en-gb', wordsPerMinute: 190 },
  { name: 'en-us+f3', wordsPerMinute: 150 },
  { name: 'en-us+f3', wordsPerMinute: 190 },
];
const INTERVIEWER: Voice = { name: 'en-gb-x-rp', wordsPerMinute: 170 };
/** RMS of the candidate's voiced speech: -26 dBFS, a normal speaking level after AGC. */
const SPEECH_RMS = 10 ** (-26 / 20);
export const SNR_DB = 20;
/** Residual echo of the interviewer at the microphone, relative to the candidate's voice. */
export const ECHO_DB = -10;
const GAP_MS = 600;
const TAIL_MS = 4000;

export interface SpokenClause {
  text: string;
  startMs: number;
  endMs: number;
}

export interface Episode {
  voice: Voice;
  question: string;
  /** The interviewer's question, playing into the microphone as echo. */
  playing: { startMs: number; endMs: number };
  clauses: SpokenClause[];
  /** Thinking pauses inside the answer. */
  thinking: { startMs: number; endMs: number }[];
  answerStartMs: number;
  answerEndMs: number;
}

/** The candidate speaking over the interviewer's question (the echo plays on to its end). */
export interface BargeIn {
  playing: { startMs: number; endMs: number };
  speech: { startMs: number; endMs: number };
}

export interface Corpus {
  samples: Float32Array;
  episodes: Episode[];
  bargeIns: BargeIn[];
}

const BARGE_IN = 'Sorry, can I ask a question first?';
/** The candidate starts this long before the question ends. */
const BARGE_IN_LEAD_MS = 1200;

export function makeCorpus(): Corpus {
  const perVoice = VOICES.map(() => scriptedAnswers());
  assignThinkingPauses(perVoice);
  const pieces: { at: number; samples: Float32Array }[] = [];
  const episodes: Episode[] = [];
  const bargeIns: BargeIn[] = [];
  let cursor = 500;
  VOICES.forEach((voice, v) => {
    const gap = sentenceGapMs(voice);
    for (const answer of perVoice[v] ?? []) cursor = layEpisode(answer, voice, gap, cursor, pieces, episodes);
    cursor = layBargeIn(perVoice[v]?.[0]?.question ?? '', voice, cursor, pieces, bargeIns);
  });
  const samples = pinkNoise(cursor / 1000, SPEECH_RMS / 10 ** (SNR_DB / 20));
  for (const piece of pieces) mixAt(samples, piece.samples, piece.at);
  return { samples, episodes, bargeIns };
}

function layBargeIn(
  question: string,
  voice: Voice,
  from: number,
  pieces: { at: number; samples: Float32Array }[],
  bargeIns: BargeIn[],
): number {
  const echo = normalise(trimSilence(speak(question, INTERVIEWER)), SPEECH_RMS * 10 ** (ECHO_DB / 20));
  pieces.push({ at: from, samples: echo });
  const playing = { startMs: from, endMs: from + msOf(echo) };
  const speech = normalise(trimSilence(speak(BARGE_IN, voice)), SPEECH_RMS);
  const startMs = Math.max(from, playing.endMs - BARGE_IN_LEAD_MS);
  pieces.push({ at: startMs, samples: speech });
  bargeIns.push({ playing, speech: { startMs, endMs: startMs + msOf(speech) } });
  return Math.max(playing.endMs, startMs + msOf(speech)) + TAIL_MS;
}

function layEpisode(
  answer: ScriptedAnswer,
  voice: Voice,
  gapMs: number,
  from: number,
  pieces: { at: number; samples: Float32Array }[],
  episodes: Episode[],
): number {
  const question = normalise(trimSilence(speak(answer.question, INTERVIEWER)), SPEECH_RMS * 10 ** (ECHO_DB / 20));
  pieces.push({ at: from, samples: question });
  const playing = { startMs: from, endMs: from + msOf(question) };
  let at = playing.endMs + GAP_MS;
  const clauses: SpokenClause[] = [];
  const thinking: Episode['thinking'] = [];
  answer.clauses.forEach((clause, i) => {
    const audio = normalise(trimSilence(speak(clause.text, voice)), SPEECH_RMS);
    pieces.push({ at, samples: audio });
    clauses.push({ text: clause.text, startMs: at, endMs: at + msOf(audio) });
    at += msOf(audio);
    if (i === answer.clauses.length - 1) return;
    if (clause.thinkMs) thinking.push({ startMs: at, endMs: at + clause.thinkMs });
    at += clause.thinkMs ?? gapMs;
  });
  const answerStartMs = clauses[0]?.startMs ?? at;
  episodes.push({ voice, question: answer.question, playing, clauses, thinking, answerStartMs, answerEndMs: at });
  return at + TAIL_MS;
}

const msOf = (samples: Float32Array) => (samples.length * 1000) / RATE;

function mixAt(into: Float32Array, samples: Float32Array, atMs: number): void {
  const offset = Math.round((atMs * RATE) / 1000);
  for (let i = 0; i < samples.length && offset + i < into.length; i++)
    into[offset + i] = (into[offset + i] ?? 0) + (samples[i] ?? 0);
}
