// An ApiClient for a copy of Mockingbird with no server: the user's own Gemini key, kept in this
// browser, stands in for the token server. The Live session uses the key where it would use an
// ephemeral token (the SDK sends it as `?key=` instead of `?access_token=`), and the report is
// written by generateContent from the browser with the very request the server sends
// (contracts/report-prompt.ts, contracts/prep-prompt.ts). The SDK is imported on first use, so
// the first screen does not carry it.
import type * as Genai from '@google/genai';
import { generateValidatedJson, type JsonTask } from '../../../../contracts/generate-json.ts';
import { DEFAULT_LIVE_MODEL } from '../../../../contracts/models/live-profiles.ts';
import { DEFAULT_TEXT_MODEL } from '../../../../contracts/models/text-models.ts';
import { prepTask } from '../../../../contracts/prep-prompt.ts';
import { reportTask } from '../../../../contracts/report-prompt.ts';
import { hasCandidateWords } from '../../../../contracts/report-request.ts';
import { toDirectApiError } from './direct-gemini-errors';
import { ApiError, type ApiClient } from './types';

export const DIRECT_LIVE_MODEL = DEFAULT_LIVE_MODEL;
export const DIRECT_REPORT_MODEL = DEFAULT_TEXT_MODEL;
/** The Live API takes keys on every version; v1alpha keeps the room's code path the same as with tokens. */
const LIVE_API_VERSION = 'v1alpha';
/** responseJsonSchema is documented on v1beta. */
const REPORT_API_VERSION = 'v1beta';

export interface DirectGeminiOptions {
  apiKey: string;
  liveModel?: string;
  reportModel?: string;
  /** Another Gemini endpoint (tests point it at a fake). */
  baseUrl?: string;
  /** Replaces the network for the report request in tests. */
  fetch?: typeof fetch;
  loadSdk?: () => Promise<Pick<typeof Genai, 'GoogleGenAI'>>;
  now?: () => number;
}

export function createDirectGeminiApiClient(opts: DirectGeminiOptions): ApiClient {
  const liveModel = opts.liveModel ?? DIRECT_LIVE_MODEL;
  const reportModel = opts.reportModel ?? DIRECT_REPORT_MODEL;
  const loadSdk = opts.loadSdk ?? (() => import('@google/genai'));
  const now = opts.now ?? Date.now;

  async function textClient(): Promise<Genai.GoogleGenAI> {
    let sdk: Pick<typeof Genai, 'GoogleGenAI'>;
    try {
      sdk = await loadSdk();
    } catch {
      throw new ApiError(
        0,
        'network',
        'Part of the app could not be loaded. Check your connection and reload the page.',
      );
    }
    return new sdk.GoogleGenAI({
      apiKey: opts.apiKey,
      httpOptions: {
        apiVersion: REPORT_API_VERSION,
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      },
    });
  }

  /** One JSON task on the user's key: the shared request, the shared check, this path's sentences. */
  async function generate<Input, Output>(
    task: JsonTask<Input, Output>,
    input: Input,
    what: string,
    invalid: string,
    signal?: AbortSignal,
  ): Promise<Output> {
    const ai = await textClient();
    return generateValidatedJson((request) => ai.models.generateContent(request), {
      model: reportModel,
      task,
      input,
      ...(signal ? { signal } : {}),
      failures: {
        call: (err): unknown =>
          signal?.aborted ? (signal.reason as unknown) : toDirectApiError(err, reportModel, what),
        invalid: () => new ApiError(502, 'invalid_output', invalid),
      },
    });
  }

  return {
    // The avatar needs a server to create its conversations; its reason says so on setup.
    health: () =>
      Promise.resolve({
        ok: true,
        features: {
          live: true,
          avatar: { ok: false, reason: 'own_key' },
          report: true,
          voiceSample: { ok: false, reason: 'own_key' },
        },
        version: 'direct',
      }),
    liveToken: (req) =>
      Promise.resolve({
        token: opts.apiKey,
        // A key does not expire; this only tells the room how long the session is meant to run.
        expiresAt: new Date(now() + ((req.durationMinutes ?? 30) + 5) * 60_000).toISOString(),
        model: liveModel,
        apiVersion: LIVE_API_VERSION,
        ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}),
      }),
    createAvatarConversation: () =>
      Promise.reject(
        new ApiError(
          503,
          'avatar_unconfigured',
          'The video interviewer needs a Mockingbird server; with your own Gemini key the interview is voice only. Turn the avatar off to continue.',
        ),
      ),
    endAvatarConversation: () => Promise.resolve(),
    // Samples are cached and rate-limited by a server; with an own key the voice is heard in the room.
    voiceSample: () =>
      Promise.reject(
        new ApiError(
          503,
          'voice_sample_unconfigured',
          'Voice samples need a Mockingbird server. With your own Gemini key you hear the voice when the interview starts.',
        ),
      ),
    report: (req, signal) => {
      if (!hasCandidateWords(req)) {
        const problem =
          'The transcript has no answers from you yet, so there is nothing to assess. Answer at least one question and try again.';
        return Promise.reject(new ApiError(400, 'transcript_empty', problem));
      }
      return generate(
        reportTask,
        req,
        'writing the report',
        "Gemini's answer was not a complete report. Try again.",
        signal,
      );
    },
    prep: (req, signal) =>
      generate(
        prepTask,
        req,
        'writing the preparation pack',
        "Gemini's answer was not a complete preparation pack. Try again.",
        signal,
      ),
  };
}
