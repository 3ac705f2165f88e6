import '../../e2e/fakes/testing/install-websocket.ts';
import { GoogleGenAI, type LiveServerMessage, Modality, type Session } from '@google/genai';
import { chooseLiveModel } from '../../contracts/models/model-choice.ts';
import { buildLiveSetup } from '../../contracts/models/live-setup.ts';
import { createGemini } from '../../token-server/src/upstream/gemini.ts';
import type { Verdict } from './check-runner.ts';

// Mints a token with the server's own code, opens a Live session with it as the browser would,
// speaks a phrase and waits for the interviewer's audio and both transcriptions. Silence keeps
// streaming after the phrase: 3.8's VAD needs trailing audio to end a turn and does not take
// audioStreamEnd as the end of it (openclaw/openclaw #152830).

export interface LiveCheckOptions {
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** 16 kHz mono PCM16 of the phrase to say. */
  speech: Int16Array;
  timeoutMs?: number;
}

const CHUNK = 640; // 40 ms at 16 kHz
const SILENCE = new Int16Array(CHUNK);

interface Heard {
  audioBytes: number;
  input: string;
  output: string;
}

export async function checkLiveSession(opts: LiveCheckOptions): Promise<Verdict> {
  const gemini = createGemini({
    apiKey: opts.apiKey,
    baseUrl: opts.baseUrl,
    liveModel: opts.model,
    reportModel: opts.model,
  });
  const token = await gemini.live.mint(
    { durationMinutes: 5, voice: 'Kore', languageCode: 'en-US' },
    AbortSignal.timeout(15_000),
  );
  const heard: Heard = { audioBytes: 0, input: '', output: '' };
  const session = await openSession(token.token, token.baseUrl, opts.model, (m) => collect(heard, m));
  try {
    const done = await speakUntilHeard(session, opts.speech, heard, opts.timeoutMs ?? 30_000);
    const seen = `${heard.audioBytes} bytes of audio; heard "${clip(heard.input)}"; said "${clip(heard.output)}"`;
    return done
      ? { kind: 'pass', detail: seen }
      : { kind: 'fail', detail: `not everything came back in time: ${seen}` };
  } finally {
    session.close();
  }
}

async function openSession(
  token: string,
  baseUrl: string | undefined,
  model: string,
  onMessage: (m: LiveServerMessage) => void,
): Promise<Session> {
  const ai = new GoogleGenAI({
    apiKey: token,
    httpOptions: { apiVersion: 'v1alpha', ...(baseUrl ? { baseUrl } : {}) },
  });
  const { config } = buildLiveSetup(chooseLiveModel(model).profile, {
    voice: 'Kore',
    languageCode: 'en-US',
    transcriptions: true,
  });
  const connecting = ai.live.connect({
    model,
    config: {
      responseModalities: [Modality.AUDIO],
      speechConfig: config.speechConfig,
      inputAudioTranscription: {},
      outputAudioTranscription: {},
      systemInstruction: 'You are checking that a voice connection works. Answer what you hear in one short sentence.',
    },
    callbacks: { onmessage: onMessage },
  });
  // connect() has no timeout of its own (protocols.md).
  return withTimeout(connecting, 15_000, 'The Live session did not open within 15 s.');
}

function collect(heard: Heard, m: LiveServerMessage): void {
  const content = m.serverContent;
  for (const part of content?.modelTurn?.parts ?? [])
    heard.audioBytes += Math.floor(((part.inlineData?.data ?? '').length * 3) / 4);
  heard.input += content?.inputTranscription?.text ?? '';
  heard.output += content?.outputTranscription?.text ?? '';
}

const complete = (h: Heard): boolean => h.audioBytes > 0 && h.input.trim() !== '' && h.output.trim() !== '';

/** Streams the phrase at real time, then silence, until everything was heard or time runs out. */
async function speakUntilHeard(
  session: Session,
  speech: Int16Array,
  heard: Heard,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (let at = 0; Date.now() < deadline && !complete(heard); at += CHUNK) {
    const chunk = at < speech.length ? speech.subarray(at, at + CHUNK) : SILENCE;
    session.sendRealtimeInput({
      audio: {
        data: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('base64'),
        mimeType: 'audio/pcm;rate=16000',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  return complete(heard);
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const clip = (text: string): string => (text.trim().length > 60 ? `${text.trim().slice(0, 57)}…` : text.trim());
