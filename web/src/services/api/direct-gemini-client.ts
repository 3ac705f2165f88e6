// An ApiClient for a copy of Mockingbird with no server: the user's own Gemini key, kept in this
// browser, stands in for the token server. The Live session uses the key where it would use an
// ephemeral token (the SDK sends it as `?key=` instead of `?access_token=`), and the report is
// written by generateContent from the browser with the same schema and prompt rules as the
// server's. The SDK is imported on first use, so the first screen does not carry it.
import type * as Genai from '@google/genai';
import type { z } from 'zod';
import { DEFAULT_LIVE_MODEL } from '../../../../contracts/models/live-profiles.ts';
import { chooseTextModel } from '../../../../contracts/models/model-choice.ts';
import { DEFAULT_TEXT_MODEL } from '../../../../contracts/models/text-models.ts';
import { buildPrepUserText, PREP_SYSTEM_INSTRUCTION, prepModelJsonSchema, prepModelSchema } from '../../lib/prep-prompt';
import { interviewReportSchema } from '../../lib/report-types';
import { buildDirectReportPrompt, directReportJsonSchema } from './direct-report-prompt';
import { ApiError, type ApiClient, type PrepRequest, type ReportRequest } from './types';

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

const KEY_REJECTED = 'Gemini did not accept your API key. Check the key in Settings, or remove it to use the Mockingbird server instead.';

function hasCandidateWords(req: ReportRequest): boolean {
  return req.transcript.some((turn) => turn.role === 'candidate' && turn.text.trim() !== '');
}

/** The SDK's errors carry the HTTP status; everything else is the network or the page. */
export function toDirectApiError(err: unknown, model: string, task = 'writing the report'): ApiError {
  const status = typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : 0;
  const detail = err instanceof Error ? err.message : '';
  if (status === 401 || status === 403 || (status === 400 && /api key/i.test(detail))) return new ApiError(status, 'gemini_key_rejected', KEY_REJECTED);
  if (status === 404) return new ApiError(404, 'model_unavailable', `The report model ${model} is not available to your Gemini key. Check the key in Settings.`);
  if (status === 429) return new ApiError(429, 'rate_limited', 'Your Gemini key has reached its rate limit or quota. Wait a minute and try again.');
  if (status >= 500) return new ApiError(502, 'upstream_failed', `Gemini had a problem ${task}. Try again in a moment.`);
  if (status >= 400) return new ApiError(status, 'invalid_request', 'Gemini refused the report request. Try again; if it keeps happening, the transcript may be too long.');
  return new ApiError(0, 'network', 'Gemini could not be reached. Check your connection and try again.');
}

export function createDirectGeminiApiClient(opts: DirectGeminiOptions): ApiClient {
  const liveModel = opts.liveModel ?? DIRECT_LIVE_MODEL;
  const reportModel = opts.reportModel ?? DIRECT_REPORT_MODEL;
  // The model's own generation settings (temperature 1.0 on Gemini 3), from contracts/models.
  const generation = chooseTextModel(reportModel).profile.generation;
  const loadSdk = opts.loadSdk ?? (() => import('@google/genai'));
  const now = opts.now ?? Date.now;

  async function textClient(): Promise<Genai.GoogleGenAI> {
    let sdk: Pick<typeof Genai, 'GoogleGenAI'>;
    try {
      sdk = await loadSdk();
    } catch {
      throw new ApiError(0, 'network', 'Part of the app could not be loaded. Check your connection and reload the page.');
    }
    return new sdk.GoogleGenAI({
      apiKey: opts.apiKey,
      httpOptions: { apiVersion: REPORT_API_VERSION, ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}), ...(opts.fetch ? { fetch: opts.fetch } : {}) },
    });
  }

  async function writeReport(req: ReportRequest, signal?: AbortSignal): Promise<unknown> {
    if (!hasCandidateWords(req)) {
      throw new ApiError(400, 'transcript_empty', 'The transcript has no answers from you yet, so there is nothing to assess. Answer at least one question and try again.');
    }
    const ai = await textClient();
    const prompt = buildDirectReportPrompt(req);
    let text: string | undefined;
    try {
      const response = await ai.models.generateContent({
        model: reportModel,
        contents: [{ role: 'user', parts: [{ text: prompt.userText }] }],
        config: {
          systemInstruction: prompt.systemInstruction,
          responseMimeType: 'application/json',
          responseJsonSchema: directReportJsonSchema,
          ...generation,
          ...(signal ? { abortSignal: signal } : {}),
        },
      });
      text = response.text;
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      throw toDirectApiError(err, reportModel);
    }
    return parseModelReport(text);
  }

  async function writePrep(req: PrepRequest, signal?: AbortSignal): Promise<unknown> {
    const ai = await textClient();
    let text: string | undefined;
    try {
      const response = await ai.models.generateContent({
        model: reportModel,
        contents: [{ role: 'user', parts: [{ text: buildPrepUserText(req) }] }],
        config: {
          systemInstruction: PREP_SYSTEM_INSTRUCTION,
          responseMimeType: 'application/json',
          responseJsonSchema: prepModelJsonSchema,
          ...generation,
          ...(signal ? { abortSignal: signal } : {}),
        },
      });
      text = response.text;
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      throw toDirectApiError(err, reportModel, 'writing the preparation pack');
    }
    return parseModelJson(text, prepModelSchema, "Gemini's answer was not a complete preparation pack. Try again.");
  }

  return {
    health: () => Promise.resolve({ ok: true, features: { live: true, avatar: false, report: true }, version: 'direct' }),
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
        new ApiError(503, 'avatar_unconfigured', 'The video interviewer needs a Mockingbird server; with your own Gemini key the interview is voice only. Turn the avatar off to continue.'),
      ),
    endAvatarConversation: () => Promise.resolve(),
    report: writeReport,
    prep: writePrep,
  };
}

function parseModelReport(text: string | undefined): unknown {
  return parseModelJson(text, interviewReportSchema, "Gemini's answer was not a complete report. Try again.");
}

/** The model's text as a value of `schema`, or an ApiError whose sentence is `problem`. */
function parseModelJson(text: string | undefined, schema: z.ZodType, problem: string): unknown {
  const invalid = new ApiError(502, 'invalid_output', problem);
  if (!text) throw invalid;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid;
  return parsed.data;
}
