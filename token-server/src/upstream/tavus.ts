import { z } from 'zod';
import { UpstreamError, toUpstreamError } from './upstream-error.ts';

// Tavus over plain fetch: the talking face runs in echo mode (it only lip-syncs the audio the
// browser sends it), so the server's whole job is to create a conversation and to end it.
// Billing runs from creation until the end, so ending matters as much as creating.

export interface AvatarConversation {
  conversationId: string;
  conversationUrl: string;
}

export interface NewConversation {
  name: string;
  /** Tavus ends the call itself after this many seconds. */
  maxCallSeconds: number;
}

export interface AvatarUpstream {
  createConversation(req: NewConversation, deadline: AbortSignal): Promise<AvatarConversation>;
  endConversation(conversationId: string, deadline: AbortSignal): Promise<void>;
}

export interface TavusOptions {
  apiKey: string;
  baseUrl: string;
  replicaId: string;
  /** An existing echo persona; without one, the server creates one on first use. */
  personaId?: string;
  fetch?: typeof fetch;
}

/** Seconds Tavus waits after the candidate leaves (closed tab) before ending the call. */
export const PARTICIPANT_LEFT_TIMEOUT_S = 30;
/** Seconds Tavus waits for the candidate to join at all. */
export const PARTICIPANT_ABSENT_TIMEOUT_S = 90;
const PERSONA_NAME = 'Mockingbird interviewer (echo)';

const personaReply = z.object({ persona_id: z.string().min(1) });
const conversationReply = z.object({ conversation_id: z.string().min(1), conversation_url: z.url() });

export function createTavus(options: TavusOptions): AvatarUpstream {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  let persona: Promise<string> | undefined = options.personaId ? Promise.resolve(options.personaId) : undefined;

  async function post(path: string, body: unknown, deadline: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      res = await fetchImpl(`${options.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'x-api-key': options.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: deadline,
      });
    } catch (err) {
      throw toUpstreamError(err, 'Tavus', deadline);
    }
    return res;
  }

  async function postForJson<T>(path: string, body: unknown, reply: z.ZodType<T>, deadline: AbortSignal): Promise<T> {
    const res = await post(path, body, deadline);
    if (!res.ok) throw await failureOf(res);
    const parsed = reply.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw new UpstreamError('Tavus', deadline.aborted ? 'timeout' : 'failed', res.status);
    return parsed.data;
  }

  /** The echo persona is created once per process; a failed attempt is retried next time. */
  function echoPersona(deadline: AbortSignal): Promise<string> {
    persona ??= postForJson(
      '/v2/personas',
      { persona_name: PERSONA_NAME, pipeline_mode: 'echo' },
      personaReply,
      deadline,
    ).then(
      (r) => r.persona_id,
      (err: unknown) => {
        persona = undefined;
        throw err;
      },
    );
    return persona;
  }

  return {
    async createConversation(req, deadline) {
      const personaId = await echoPersona(deadline);
      const reply = await postForJson(
        '/v2/conversations',
        {
          replica_id: options.replicaId,
          persona_id: personaId,
          conversation_name: req.name,
          properties: {
            max_call_duration: req.maxCallSeconds,
            participant_left_timeout: PARTICIPANT_LEFT_TIMEOUT_S,
            participant_absent_timeout: PARTICIPANT_ABSENT_TIMEOUT_S,
          },
        },
        conversationReply,
        deadline,
      );
      return { conversationId: reply.conversation_id, conversationUrl: reply.conversation_url };
    },

    async endConversation(conversationId, deadline) {
      const res = await post(`/v2/conversations/${encodeURIComponent(conversationId)}/end`, {}, deadline);
      // A conversation Tavus no longer knows is as ended as it can be. Tavus documents 400
      // {"error":"Invalid conversation_id"} for that (docs.tavus.io end-conversation).
      if (res.ok || res.status === 404 || res.status === 410) return;
      if (
        res.status === 400 &&
        /invalid conversation_id/i.test(
          await res
            .clone()
            .text()
            .catch(() => ''),
        )
      )
        return;
      throw await failureOf(res);
    },
  };
}

/**
 * Classifies a Tavus error answer. Its body is read only to recognise the concurrency limit
 * ("maximum concurrent conversations") and is never passed on.
 */
async function failureOf(res: Response): Promise<UpstreamError> {
  if (res.status === 401 || res.status === 403) return new UpstreamError('Tavus', 'auth', res.status);
  const text = await res.text().catch(() => '');
  if (res.status === 400 && /concurrent/i.test(text)) return new UpstreamError('Tavus', 'busy', res.status);
  return new UpstreamError('Tavus', 'failed', res.status);
}
