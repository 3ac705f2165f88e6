// Opens one Live connection with @google/genai. The browser build of the SDK uses the native
// WebSocket; connect() resolves after the server's setupComplete and has no timeout of its own.

import type { LiveConnectParameters, Session } from '@google/genai';
import { int16ToBase64 } from '../../lib/base64';
import type { LiveToken } from '../api/types';
import type { Clock } from '../../lib/clock';
import { buildLiveConnectConfig, type LiveSessionConfig } from './live-config';
import { parseServerMessage } from './parse-server-message';
import { closeError } from './close-reasons';
import { connectError } from './live-errors';
import { LiveError, type LiveConnection, type OpenConnection } from './types';

/** The part of the SDK this file uses, so tests can hand in a fake. */
export interface LiveSdk {
  live: {
    connect(params: LiveConnectParameters): Promise<Pick<Session, 'sendRealtimeInput' | 'sendToolResponse' | 'close'>>;
  };
}

export interface GenaiOpenerOptions {
  config: LiveSessionConfig;
  clock: Clock;
  /** Setup usually completes in well under a second; beyond this the attempt is abandoned. */
  connectTimeoutMs?: number;
  createSdk?: (token: LiveToken) => LiveSdk | Promise<LiveSdk>;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const INPUT_MIME = 'audio/pcm;rate=16000';

/** Loads the SDK on first use: it is the largest part of the interview's code and the setup screen must not wait for it. */
export async function createSdkForToken(token: LiveToken): Promise<LiveSdk> {
  const { GoogleGenAI } = await import('@google/genai');
  // Ephemeral tokens only work on v1alpha, whatever the SDK's default is.
  const httpOptions = {
    apiVersion: token.apiVersion || 'v1alpha',
    ...(token.baseUrl ? { baseUrl: token.baseUrl } : {}),
  };
  return new GoogleGenAI({ apiKey: token.token, httpOptions });
}

export function makeGenaiOpener(opts: GenaiOpenerOptions): OpenConnection {
  const createSdk = opts.createSdk ?? createSdkForToken;
  const timeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;

  return ({ token, handle, onEvent }) =>
    new Promise<LiveConnection>((resolve, reject) => {
      // 'pending' until setup completes; 'abandoned' after a timeout, when a late session is closed unheard.
      let phase: 'pending' | 'open' | 'abandoned' = 'pending';
      /** How the server closed the socket before setup completed, to explain the failure. */
      let closedBeforeSetup: { code: number; reason: string } | undefined;
      const timer = opts.clock.setTimeout(() => {
        phase = 'abandoned';
        reject(
          new LiveError(
            'connect-timeout',
            'The interviewer did not answer in time. Check your connection and try again.',
          ),
        );
      }, timeoutMs);

      const callbacks = {
        onmessage: (message: unknown) => {
          if (phase !== 'abandoned') parseServerMessage(message).forEach(onEvent);
        },
        onclose: (e: CloseEvent) => {
          // A close before setup is reported by connect() rejecting (the SDK calls this first).
          if (phase === 'open') onEvent({ type: 'close', code: e.code, reason: e.reason });
          else closedBeforeSetup = { code: e.code, reason: e.reason };
        },
      };
      const connecting = Promise.resolve()
        .then(() => createSdk(token))
        .then((sdk) =>
          sdk.live.connect({
            model: token.model,
            config: buildLiveConnectConfig(opts.config, token.model, handle),
            callbacks,
          }),
        );
      connecting.then(
        (session) => {
          if (phase === 'abandoned') return session.close();
          phase = 'open';
          opts.clock.clearTimeout(timer);
          resolve(wrapSession(session));
        },
        (err: unknown) => {
          opts.clock.clearTimeout(timer);
          if (phase === 'pending')
            reject(
              closedBeforeSetup ? closeError(closedBeforeSetup.code, closedBeforeSetup.reason) : connectError(err),
            );
        },
      );
    });
}

function wrapSession(session: Pick<Session, 'sendRealtimeInput' | 'sendToolResponse' | 'close'>): LiveConnection {
  return {
    sendAudio: (pcm) =>
      quietly(() => session.sendRealtimeInput({ audio: { data: int16ToBase64(pcm), mimeType: INPUT_MIME } })),
    sendAudioStreamEnd: () => quietly(() => session.sendRealtimeInput({ audioStreamEnd: true })),
    // LiveClientRealtimeInput.activityStart / activityEnd (@google/genai 3.1.0): empty objects
    // on the wire, {"realtimeInput":{"activityStart":{}}}.
    sendActivityStart: () => quietly(() => session.sendRealtimeInput({ activityStart: {} })),
    sendActivityEnd: () => quietly(() => session.sendRealtimeInput({ activityEnd: {} })),
    sendText: (text) => quietly(() => session.sendRealtimeInput({ text })),
    sendToolResponse: (id, name, response) =>
      quietly(() => session.sendToolResponse({ functionResponses: [{ id, name, response }] })),
    close: () => quietly(() => session.close()),
  };
}

/**
 * A socket can die between two audio chunks; its close event is what reports that, so a send
 * on a closing socket must not throw into the microphone's callback.
 */
function quietly(send: () => void): void {
  try {
    send();
  } catch {
    // reported through the close event
  }
}
