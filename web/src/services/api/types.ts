// The browser's view of the token server's HTTP API (see README "HTTP API").

/** GET /api/health. `features` is read through readServerFeatures (feature-status.ts), which knows both its shapes. */
export interface HealthInfo {
  ok: boolean;
  features: Record<string, unknown>;
  version: string;
}

export interface LiveTokenRequest {
  voice?: string;
  languageCode?: string;
  durationMinutes?: number;
  /** The browser marks the candidate's turns; the token locks the server's voice detection off. */
  manualActivity?: boolean;
}

export interface LiveToken {
  token: string;
  expiresAt: string;
  model: string;
  apiVersion: string;
  baseUrl?: string;
}

/** GET /api/voice-sample: a voice saying a short greeting, made by the Live model. */
export interface VoiceSampleRequest {
  voice: string;
  languageCode: string;
}

export interface AvatarConversation {
  conversationId: string;
  conversationUrl: string;
}

/** POST /api/report and POST /api/prep: the shapes the server validates, written once in contracts/. */
import type { PrepRequest } from '../../../../contracts/prep-request.ts';
import type { ReportRequest } from '../../../../contracts/report-request.ts';

export type { PrepRequest, ReportRequest };

/** A failure the server explained: `code` is stable, `message` is a sentence for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  health(signal?: AbortSignal): Promise<HealthInfo>;
  liveToken(req: LiveTokenRequest, signal?: AbortSignal): Promise<LiveToken>;
  createAvatarConversation(interviewId: string, maxMinutes: number, signal?: AbortSignal): Promise<AvatarConversation>;
  /** Ends a conversation; `beacon` uses navigator.sendBeacon so it survives page hide. */
  endAvatarConversation(conversationId: string, opts?: { beacon?: boolean }): Promise<void>;
  report(req: ReportRequest, signal?: AbortSignal): Promise<unknown>;
  /** A preparation pack; the caller validates the answer (contracts/prep-schema.ts). */
  prep(req: PrepRequest, signal?: AbortSignal): Promise<unknown>;
  /** A short WAV of the voice; refused where the server cannot make one (health `voiceSample`). */
  voiceSample(req: VoiceSampleRequest, signal?: AbortSignal): Promise<Blob>;
}
