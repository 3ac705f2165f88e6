import './install-websocket.ts';
import { GoogleGenAI, type LiveConnectConfig, type LiveServerMessage, Modality, type Session } from '@google/genai';
import { pcmToBase64 } from '../shared/pcm.ts';

// A test's view of a Live session opened with the real @google/genai SDK: every server
// message collected in order, and helpers to speak into it.

export const LIVE_MODEL = 'gemini-2.5-flash-native-audio-preview-12-2025';

export function liveConfig(extra: LiveConnectConfig = {}): LiveConnectConfig {
  return {
    responseModalities: [Modality.AUDIO],
    inputAudioTranscription: {},
    outputAudioTranscription: {},
    sessionResumption: {},
    realtimeInputConfig: { automaticActivityDetection: { silenceDurationMs: 300 } },
    tools: [{ functionDeclarations: [{ name: 'end_interview', description: 'Ends the interview.' }] }],
    ...extra,
  };
}

export interface LiveProbe {
  session: Session;
  messages: LiveServerMessage[];
  /** Resolves with the close code once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with the first message (from index `from`) that matches. */
  next(
    match: (m: LiveServerMessage) => boolean,
    opts?: { from?: number; timeoutMs?: number },
  ): Promise<LiveServerMessage>;
  /** Resolves once `n` messages in total have matched. */
  nth(match: (m: LiveServerMessage) => boolean, n: number, timeoutMs?: number): Promise<LiveServerMessage>;
  /** Sends `ms` of a loud voiced tone, then `silenceMs` of silence, as 16 kHz PCM in 40 ms chunks. */
  speak(ms: number, silenceMs?: number): void;
  outputText(from?: number): string;
  inputText(from?: number): string;
  audioBytes(from?: number): number;
}

/** Voice-like 16 kHz test signal: a 180 Hz tone with two harmonics at about -12 dBFS. */
export function toneBurst(ms: number, rate = 16_000): Int16Array {
  const pcm = new Int16Array(Math.round((rate * ms) / 1000));
  for (let i = 0; i < pcm.length; i++) {
    const t = i / rate;
    pcm[i] = Math.round((8000 * (Math.sin(2 * Math.PI * 180 * t) + 0.5 * Math.sin(2 * Math.PI * 360 * t))) / 1.5);
  }
  return pcm;
}

export async function connectLive(
  baseUrl: string,
  apiKey: string,
  config: LiveConnectConfig = liveConfig(),
  model = LIVE_MODEL,
): Promise<LiveProbe> {
  const ai = new GoogleGenAI({ apiKey, httpOptions: { apiVersion: 'v1alpha', baseUrl } });
  const messages: LiveServerMessage[] = [];
  const listeners = new Set<() => void>();
  let onClosed: (c: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const session = await ai.live.connect({
    model,
    config,
    callbacks: {
      onmessage: (m) => {
        messages.push(m);
        for (const l of listeners) l();
      },
      onclose: (e) => onClosed({ code: e.code, reason: e.reason }),
    },
  });
  const next: LiveProbe['next'] = (match, opts = {}) =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = messages.slice(opts.from ?? 0).find(match);
        if (!found) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(
          new Error(`No matching Live message within ${opts.timeoutMs ?? 5000} ms; got ${messages.length} messages.`),
        );
      }, opts.timeoutMs ?? 5000);
      listeners.add(check);
      check();
    });
  const nth: LiveProbe['nth'] = (match, n, timeoutMs) =>
    next((m) => match(m) && messages.filter(match).indexOf(m) === n - 1, { timeoutMs });
  const speak = (ms: number, silenceMs = 500): void => {
    const pcm = new Int16Array([...toneBurst(ms), ...new Int16Array(Math.round(16 * silenceMs))]);
    for (let at = 0; at < pcm.length; at += 640) {
      session.sendRealtimeInput({
        audio: { data: pcmToBase64(pcm.subarray(at, at + 640)), mimeType: 'audio/pcm;rate=16000' },
      });
    }
  };
  const text = (key: 'outputTranscription' | 'inputTranscription', from = 0): string =>
    messages
      .slice(from)
      .map((m) => m.serverContent?.[key]?.text ?? '')
      .join('');
  const audioBytes = (from = 0): number =>
    messages
      .slice(from)
      .reduce(
        (n, m) =>
          n +
          (m.serverContent?.modelTurn?.parts ?? []).reduce(
            (k, p) => k + Buffer.from(p.inlineData?.data ?? '', 'base64').length,
            0,
          ),
        0,
      );
  return {
    session,
    messages,
    closed,
    next,
    nth,
    speak,
    outputText: (from) => text('outputTranscription', from),
    inputText: (from) => text('inputTranscription', from),
    audioBytes,
  };
}
