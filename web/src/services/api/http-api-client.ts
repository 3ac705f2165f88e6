import {
  ApiError,
  type ApiClient,
  type AvatarConversation,
  type HealthInfo,
  type LiveToken,
  type LiveTokenRequest,
  type PrepRequest,
  type ReportRequest,
  type VoiceSampleRequest,
} from './types';
import { pagePolicyMessage, type WatchPagePolicy } from './page-policy-watch';

export interface HttpApiClientOptions {
  /** Token-server origin; '' means the page's own origin. */
  baseUrl: string;
  /** Sent as x-access-code when the server requires one. */
  accessCode?: string;
  fetch?: typeof fetch;
  sendBeacon?: (url: string, body: BodyInit) => boolean;
  /** Tells a request the page's own CSP blocked from an unreachable server (page-policy-watch.ts). */
  watchPagePolicy?: WatchPagePolicy;
}

const NETWORK_MESSAGE =
  'The Mockingbird server could not be reached. Check your connection, or that the server is running, and try again.';

/** Talks to the token server over fetch; every failure becomes an ApiError with a user-facing sentence. */
export function createHttpApiClient(opts: HttpApiClientOptions): ApiClient {
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const url = (path: string) => `${opts.baseUrl.replace(/\/+$/, '')}${path}`;

  /** One request; every failure becomes an ApiError, a success is handed back unread. */
  async function send(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (opts.accessCode) headers['x-access-code'] = opts.accessCode;
    let res: Response;
    const policy = opts.watchPagePolicy?.(url(path));
    try {
      res = await doFetch(url(path), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      if (await policy?.blocked()) throw new ApiError(0, 'blocked_by_page_policy', pagePolicyMessage(url(path)));
      throw new ApiError(0, 'network', NETWORK_MESSAGE);
    } finally {
      policy?.stop();
    }
    if (!res.ok) throw toApiError(res.status, await res.json().catch(() => undefined));
    return res;
  }

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const res = await send(method, path, body, signal);
    if (res.status === 204) return undefined as T;
    return (await res.json().catch(() => undefined)) as T;
  }

  return {
    health: (signal) => call<HealthInfo>('GET', '/api/health', undefined, signal),
    liveToken: (req: LiveTokenRequest, signal) => call<LiveToken>('POST', '/api/live/token', req, signal),
    createAvatarConversation: (interviewId, maxMinutes, signal) =>
      call<AvatarConversation>('POST', '/api/avatar/conversations', { interviewId, maxMinutes }, signal),
    async endAvatarConversation(conversationId, endOpts) {
      const path = `/api/avatar/conversations/${encodeURIComponent(conversationId)}/end`;
      // A beacon cannot carry headers, so the access code rides in the body instead. It is typed
      // text/plain because a cross-site beacon with a JSON type is not a "simple" request and may
      // be blocked; the server accepts both.
      if (endOpts?.beacon && opts.sendBeacon) {
        const body = new Blob([JSON.stringify({ accessCode: opts.accessCode })], { type: 'text/plain' });
        if (opts.sendBeacon(url(path), body)) return;
      }
      await call<void>('POST', path, {});
    },
    report: (req: ReportRequest, signal) => call<unknown>('POST', '/api/report', req, signal),
    prep: (req: PrepRequest, signal) => call<unknown>('POST', '/api/prep', req, signal),
    async voiceSample(req: VoiceSampleRequest, signal) {
      const query = new URLSearchParams({ voice: req.voice, lang: req.languageCode });
      return (await send('GET', `/api/voice-sample?${query.toString()}`, undefined, signal)).blob();
    },
  };
}

function toApiError(status: number, payload: unknown): ApiError {
  if (typeof payload === 'object' && payload !== null && 'error' in payload) {
    const e = payload.error;
    if (typeof e === 'object' && e !== null) {
      const code = 'code' in e && typeof e.code === 'string' ? e.code : 'http_' + status;
      const message = 'message' in e && typeof e.message === 'string' ? e.message : '';
      if (message) return new ApiError(status, code, message);
    }
  }
  return new ApiError(
    status,
    `http_${status}`,
    `The server answered with an unexpected error (HTTP ${status}). Please try again.`,
  );
}
