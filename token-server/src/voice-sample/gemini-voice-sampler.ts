import { GoogleGenAI, Modality, type LiveServerMessage, type Session } from '@google/genai';
import { buildLiveSetup } from '../../../contracts/models/live-setup.ts';
import type { LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import { chooseLiveModel } from '../../../contracts/models/model-choice.ts';
import { LIVE_API_VERSION } from '../upstream/gemini.ts';
import { UpstreamError, toUpstreamError } from '../upstream/upstream-error.ts';
import { wavFromPcm16 } from './wav.ts';

// A few seconds of a prebuilt voice, made by the Live model itself: no other Gemini API speaks
// with the Live voices, so the server opens a short Live session with its own key, asks for one
// greeting line, and keeps the 24 kHz PCM (protocols.md, "Live session") until turnComplete.
// How the line is asked for follows the model's profile (contracts/models/live-profiles.ts):
// - where clientContent is accepted all session (3.8, 2.5), a clientContent turn with
//   turnComplete, the documented way to give the model a text turn to answer;
// - where it only seeds the initial history (3.1), `realtimeInput.text`, which 3.1 answers in
//   audio (google-gemini/cookbook #1226, which also reports it staying silent now and then:
//   hence the deadline the route passes in).

export const OUTPUT_SAMPLE_RATE = 24_000;
/** Longer answers are cut here: a sample is a taste of the voice, not a speech. */
export const MAX_SAMPLE_MS = 4_000;
const MAX_SAMPLE_BYTES = (OUTPUT_SAMPLE_RATE * 2 * MAX_SAMPLE_MS) / 1000;

export interface VoiceSampleRequest {
  voice: string;
  /** BCP-47; the instruction carries it, since native-audio models ignore speechConfig's. */
  languageCode: string;
}

export interface VoiceSampler {
  /** A WAV file of the voice saying one short greeting. */
  sample(req: VoiceSampleRequest, deadline: AbortSignal): Promise<Uint8Array>;
}

export interface GeminiVoiceSamplerOptions {
  apiKey: string;
  baseUrl?: string;
  liveModel: string;
}

const instruction = (languageCode: string) =>
  `You are an interviewer letting a candidate hear your voice before an interview. Speak only in the language with BCP-47 code ${languageCode}. When asked, say one short, warm greeting of about eight words, such as "Hello, I will be your interviewer today." Say nothing else.`;
const ASK = 'Please say your greeting now.';

export function createGeminiVoiceSampler(options: GeminiVoiceSamplerOptions): VoiceSampler {
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    httpOptions: { apiVersion: LIVE_API_VERSION, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) },
  });
  const { profile } = chooseLiveModel(options.liveModel);
  return {
    async sample(req, deadline) {
      try {
        const pcm = await speakOnce(ai, options.liveModel, profile, req, deadline);
        if (pcm.byteLength === 0) throw new UpstreamError('Gemini', 'invalid_output');
        return wavFromPcm16(pcm, OUTPUT_SAMPLE_RATE);
      } catch (err) {
        throw toUpstreamError(err, 'Gemini', deadline);
      }
    },
  };
}

/** Opens a session, asks for the greeting, and resolves with its PCM at turnComplete (or the cap). */
function speakOnce(
  ai: GoogleGenAI,
  model: string,
  profile: LiveModelProfile,
  req: VoiceSampleRequest,
  deadline: AbortSignal,
): Promise<Uint8Array> {
  const { config } = buildLiveSetup(profile, { voice: req.voice, languageCode: req.languageCode });
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let session: Session | undefined;
  let settled = false;
  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = (error?: unknown) => {
      if (settled) return; // closing the session reports a close of its own
      settled = true;
      deadline.removeEventListener('abort', onAbort);
      session?.close();
      if (error === undefined) resolve(joined(chunks, Math.min(bytes, MAX_SAMPLE_BYTES)));
      else reject(error instanceof Error ? error : new UpstreamError('Gemini', 'failed'));
    };
    const onAbort = () => finish(new UpstreamError('Gemini', 'timeout'));
    deadline.addEventListener('abort', onAbort, { once: true });
    const onmessage = (message: LiveServerMessage) => {
      for (const part of message.serverContent?.modelTurn?.parts ?? []) {
        const data = part.inlineData?.data;
        if (!data) continue;
        const chunk = Buffer.from(data, 'base64');
        chunks.push(chunk);
        bytes += chunk.byteLength;
      }
      if (message.serverContent?.turnComplete || bytes >= MAX_SAMPLE_BYTES) finish();
    };
    const onclose = (event: { code?: number }) => finish(new UpstreamError('Gemini', 'failed', event.code));
    ai.live
      .connect({
        model,
        config: {
          responseModalities: [Modality.AUDIO],
          ...(config.speechConfig ? { speechConfig: config.speechConfig } : {}),
          systemInstruction: instruction(req.languageCode),
        },
        callbacks: { onmessage, onclose, onerror: () => undefined },
      })
      .then((opened) => {
        session = opened;
        if (settled) return void opened.close();
        if (deadline.aborted) return finish(new UpstreamError('Gemini', 'timeout'));
        if (profile.clientContent === 'whole_session')
          opened.sendClientContent({ turns: [{ role: 'user', parts: [{ text: ASK }] }], turnComplete: true });
        else opened.sendRealtimeInput({ text: ASK });
      }, finish);
  });
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length - (length % 2));
  let at = 0;
  for (const chunk of chunks) {
    if (at >= out.length) break;
    const part = chunk.subarray(0, out.length - at);
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
