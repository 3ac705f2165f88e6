import type { LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import { isRecord } from '../shared/http.ts';
import { manualActivity } from './setup-fields.ts';
import type { Refusal } from './setup-rules.ts';

// What the service checks in the client's messages after setup.
// - Audio: PCM16 little-endian mono, `audio/pcm;rate=16000` (docs/protocols.md "Audio"). The
//   real service resamples other rates; the fake takes the harsher reading and refuses them,
//   since the app promises 16 kHz, and refuses a mimeType without a rate or not PCM at all.
// - clientContent: on 3.1 it only seeds the initial history (before any realtime input); on
//   3.8 and 2.5 it is accepted all session (contracts/models/live-profiles.ts).
// - Size: the real limit is not published. The fake caps a client message at 256 KiB (a setup
//   with a long CV and job description stays far below), closing with 1009 as RFC 6455 says.

export const MAX_MESSAGE_BYTES = 256 * 1024;
const INPUT_MIME = /^audio\/pcm;\s*rate=(\d+)$/;

export function checkAudio(audio: Record<string, unknown>): Refusal | undefined {
  const mime = typeof audio.mimeType === 'string' ? audio.mimeType : '';
  const rate = INPUT_MIME.exec(mime)?.[1];
  if (!rate) return { code: 1007, reason: `Unsupported input audio mime type "${mime}": send audio/pcm;rate=16000.` };
  if (rate !== '16000')
    return { code: 1007, reason: `Input audio at ${rate} Hz: this session expects audio/pcm;rate=16000.` };
  if (typeof audio.data !== 'string') return { code: 1007, reason: 'Input audio without data.' };
  // Base64 of 16-bit samples: a whole number of bytes, and an even one.
  const bytes = Buffer.from(audio.data, 'base64').length;
  if (bytes % 2 !== 0) return { code: 1007, reason: 'Input audio is not 16-bit PCM: odd byte count.' };
  return undefined;
}

export type ClientContentCheck = { ok: true; text?: string } | ({ ok: false } & Refusal);

/** The text of a clientContent turn the model accepts now, or the refusal. */
export function checkClientContent(
  profile: LiveModelProfile,
  realtimeStarted: boolean,
  content: Record<string, unknown>,
): ClientContentCheck {
  if (profile.clientContent === 'initial_history_only' && realtimeStarted) {
    return {
      ok: false,
      code: 1007,
      reason: 'clientContent is only accepted to seed the initial history, before realtime input.',
    };
  }
  const turns: unknown[] = Array.isArray(content.turns) ? content.turns : [];
  const text = turns
    .flatMap((turn): unknown[] =>
      isRecord(turn) && turn.role !== 'model' && Array.isArray(turn.parts) ? turn.parts : [],
    )
    .map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
    .join(' ')
    .trim();
  // Only a completed turn asks the model to answer; history without turnComplete is context.
  return content.turnComplete === true && text ? { ok: true, text } : { ok: true };
}

/**
 * Activity signals against the session's detection mode:
 * - activityStart / activityEnd with automatic detection on: the docs only say the client "must
 *   send activity signals" when it is disabled; what the service does otherwise is unknown, so
 *   the fake takes the harsher reading and closes with 1007.
 * - audioStreamEnd with automatic detection off: "This should only be sent when automatic
 *   activity detection is enabled" (LiveClientRealtimeInput.audioStreamEnd, @google/genai
 *   3.1.0); harsher reading: refused.
 */
export function checkActivitySignals(
  setup: Record<string, unknown> | undefined,
  input: Record<string, unknown>,
): Refusal | undefined {
  const manual = manualActivity(setup);
  if (!manual && (isRecord(input.activityStart) || isRecord(input.activityEnd))) {
    return {
      code: 1007,
      reason: 'activityStart and activityEnd need realtimeInputConfig.automaticActivityDetection.disabled: true.',
    };
  }
  if (manual && input.audioStreamEnd === true) {
    return {
      code: 1007,
      reason: 'audioStreamEnd is only accepted with automatic activity detection; send activityEnd instead.',
    };
  }
  return undefined;
}
