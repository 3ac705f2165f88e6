import { GoogleGenAI, Modality } from '@google/genai';
import { buildLiveSetup } from '../../../contracts/models/live-setup.ts';
import { chooseLiveModel } from '../../../contracts/models/model-choice.ts';
import { reportTask } from '../../../contracts/report-prompt.ts';
import type { ReportRequest } from '../../../contracts/report-request.ts';
import type { Report } from '../../../contracts/report-schema.ts';
import { generateOnServer } from './generate-json.ts';
import { UpstreamError, toUpstreamError } from './upstream-error.ts';

// Gemini, through @google/genai: ephemeral tokens for the browser's Live session, and the
// written report (ephemeral tokens cannot call generateContent, so the server does).

/** Ephemeral tokens exist only in the v1alpha API; the browser must use the same version. */
export const LIVE_API_VERSION = 'v1alpha';
const REPORT_API_VERSION = 'v1beta';
/** How long the browser has to open its session with a fresh token. */
export const NEW_SESSION_WINDOW_MS = 60_000;
/** Extra lifetime past the requested duration, for a slow start and the closing remarks. */
export const SESSION_MARGIN_MS = 5 * 60_000;

export interface LiveToken {
  token: string;
  expiresAt: string;
  model: string;
  apiVersion: typeof LIVE_API_VERSION;
  /** Only when the server uses a non-default endpoint, so the browser follows it. */
  baseUrl?: string;
}

export interface LiveTokenRequest {
  durationMinutes: number;
  /** Prebuilt voice name; locked in the token when given. */
  voice?: string;
  /** BCP-47; locked in the token when given. */
  languageCode?: string;
  /** The browser marks turns itself (activityStart / activityEnd): the server's detection is locked off. */
  manualActivity?: boolean;
}

export interface LiveTokenMinter {
  mint(req: LiveTokenRequest, deadline: AbortSignal): Promise<LiveToken>;
}

export interface ReportWriter {
  write(req: ReportRequest, deadline: AbortSignal): Promise<Report>;
}

export interface GeminiOptions {
  apiKey: string;
  baseUrl?: string;
  liveModel: string;
  reportModel: string;
  now?: () => number;
  /** Replaces the network in tests; the SDK otherwise uses the global fetch. */
  fetch?: typeof fetch;
}

export function createGemini(options: GeminiOptions): { live: LiveTokenMinter; report: ReportWriter } {
  const client = (apiVersion: string) =>
    new GoogleGenAI({
      apiKey: options.apiKey,
      httpOptions: {
        apiVersion,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      },
    });
  // Tokens exist only in v1alpha; the report uses v1beta, where responseJsonSchema is documented.
  const tokens = client(LIVE_API_VERSION);
  const reports = client(REPORT_API_VERSION);
  const now = options.now ?? Date.now;
  return {
    live: { mint: (req, deadline) => mintLiveToken(tokens, options, now(), req, deadline) },
    report: { write: (req, deadline) => generateOnServer(reports, options.reportModel, reportTask, req, deadline) },
  };
}

/**
 * What the token locks. Without `lockAdditionalFields` a token with constraints locks the WHOLE
 * setup and the API ignores the browser's own setup message, which carries the interview
 * prompt, the end_interview tool, turn-taking (patience) and context compression. With `[]`
 * exactly the fields given here are locked (the SDK sends the field mask
 * `model,generationConfig.responseModalities,generationConfig.speechConfig`) and the browser
 * sets the rest. We lock:
 * - the model and AUDIO-only output, which guard the bill;
 * - speechConfig (voice and language), because on 3.x a voice set only in the browser's setup
 *   was reported ignored with ephemeral tokens (google-gemini/gemini-live-api-examples #49).
 *   speechConfig is locked whole, never by sub-path: a partial field mask combined with a voice
 *   config was reported to fail with 400 or to drop the voice (protocols.md, "Known trap").
 *   Its fields come from the model's profile (contracts/models), so only accepted ones go in.
 * - realtimeInputConfig.automaticActivityDetection {disabled: true}, when the browser marks
 *   turns itself: a browser-only setting could be dropped under a token as the voice was
 *   (#49 above), and the service would then end answers on its own ~1 s silence (3.x) while
 *   the browser waits to send activityEnd. The SDK's field mask names it
 *   `realtimeInputConfig.automaticActivityDetection`.
 * Deliberately not locked:
 * - sessionResumption: a locked empty value would override the handle the browser passes when
 *   it reconnects after goAway, and every reconnect would start a new conversation.
 * - transcriptions: the browser always asks for them; locking adds risk and no protection.
 */
export function liveConstraints(
  model: string,
  req: Pick<LiveTokenRequest, 'voice' | 'languageCode' | 'manualActivity'>,
) {
  const wishes = {
    voice: req.voice,
    languageCode: req.languageCode,
    ...(req.manualActivity ? { manualActivity: true } : {}),
  };
  const { config } = buildLiveSetup(chooseLiveModel(model).profile, wishes);
  return {
    model,
    config: {
      responseModalities: [Modality.AUDIO],
      ...(config.speechConfig ? { speechConfig: config.speechConfig } : {}),
      ...(config.realtimeInputConfig ? { realtimeInputConfig: config.realtimeInputConfig } : {}),
    },
  };
}

async function mintLiveToken(
  ai: GoogleGenAI,
  options: GeminiOptions,
  nowMs: number,
  req: LiveTokenRequest,
  deadline: AbortSignal,
): Promise<LiveToken> {
  const expiresAt = new Date(nowMs + req.durationMinutes * 60_000 + SESSION_MARGIN_MS).toISOString();
  let name: string | undefined;
  try {
    const token = await ai.authTokens.create({
      config: {
        uses: 1,
        expireTime: expiresAt,
        newSessionExpireTime: new Date(nowMs + NEW_SESSION_WINDOW_MS).toISOString(),
        liveConnectConstraints: liveConstraints(options.liveModel, req),
        lockAdditionalFields: [],
        abortSignal: deadline,
      },
    });
    name = token.name;
  } catch (err) {
    throw toUpstreamError(err, 'Gemini', deadline);
  }
  if (!name) throw new UpstreamError('Gemini', 'failed');
  return {
    token: name,
    expiresAt,
    model: options.liveModel,
    apiVersion: LIVE_API_VERSION,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  };
}
