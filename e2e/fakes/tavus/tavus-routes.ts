import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord, readJson, sendJson } from '../shared/http.ts';
import type { TavusFault, TavusRoute, TavusState } from './tavus-state.ts';

// The Tavus REST calls the token server makes, with Tavus's error bodies: `{"message": "…"}`
// for auth and concurrency (protocols.md), `{"error": "Invalid conversation_id"}` with 400 for
// ending an unknown conversation (docs.tavus.io/api-reference/conversations/end-conversation).
// Not documented, so read harshly by analogy with that 400: an unknown replica_id or persona_id
// on create ("each request must have a valid replica_id", create-conversation page), an unknown
// replica on GET, and ending a conversation that has already ended.

const MAX_CONCURRENT = 'User has reached maximum concurrent conversations';

/** Answers a fault instead of the real reply; returns whether it did. `hang` never answers. */
function applyFault(res: ServerResponse, fault: TavusFault | undefined): boolean {
  if (fault === 'max-concurrent') sendJson(res, 400, { message: MAX_CONCURRENT });
  else if (fault === 'http-500') sendJson(res, 500, { message: 'Internal server error' });
  else if (fault === 'http-401') sendJson(res, 401, { message: 'Invalid access token' });
  return fault !== undefined;
}

async function jsonBody(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
  const body = await readJson(req);
  if (isRecord(body)) return body;
  sendJson(res, 400, { message: 'Invalid JSON body' });
  return undefined;
}

async function createPersona(state: TavusState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await jsonBody(req, res);
  if (!body || applyFault(res, state.takeFault('createPersona'))) return;
  const id = state.createPersona(body);
  sendJson(res, 200, { persona_id: id, persona_name: body.persona_name, created_at: new Date().toISOString() });
}

async function createConversation(state: TavusState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await jsonBody(req, res);
  if (!body || applyFault(res, state.takeFault('createConversation'))) return;
  if (typeof body.replica_id !== 'string' || !state.replicas.has(body.replica_id))
    return sendJson(res, 400, { error: 'Invalid replica_id' });
  if (body.persona_id !== undefined && !state.hasPersona(body.persona_id))
    return sendJson(res, 400, { error: 'Invalid persona_id' });
  if (state.active().length >= state.maxConcurrent) return sendJson(res, 400, { message: MAX_CONCURRENT });
  const conv = state.createConversation(body);
  sendJson(res, 200, {
    conversation_id: conv.id,
    conversation_name: body.conversation_name,
    conversation_url: conv.url,
    status: conv.status,
    callback_url: body.callback_url ?? '',
    created_at: new Date(conv.createdAt).toISOString(),
  });
}

function endConversation(state: TavusState, res: ServerResponse, id: string): void {
  state.events.bump('endCalled');
  if (applyFault(res, state.takeFault('endConversation'))) return;
  const conv = state.conversations.find((c) => c.id === id && c.status === 'active');
  if (!conv) return sendJson(res, 400, { error: 'Invalid conversation_id' });
  state.end(conv, 'client');
  sendJson(res, 200, {});
}

/** GET /v2/replicas/{id} (docs.tavus.io get-replica): a stock replica, trained and ready. */
function getReplica(state: TavusState, res: ServerResponse, id: string): void {
  if (!state.replicas.has(id)) return sendJson(res, 400, { error: 'Invalid replica_id' });
  sendJson(res, 200, {
    replica_id: id,
    replica_name: 'Stock replica',
    status: 'completed',
    training_progress: '100/100',
    error_message: null,
  });
}

const END_PATH = /^\/v2\/conversations\/([^/]+)\/end$/;
const REPLICA_PATH = /^\/v2\/replicas\/([^/]+)$/;

/** Routes one request; anything unknown gets Tavus's 404 shape. */
export async function handleTavus(
  state: TavusState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  if (req.headers['x-api-key'] !== state.apiKey) return sendJson(res, 401, { message: 'Invalid access token' });
  const replica = req.method === 'GET' ? REPLICA_PATH.exec(path) : null;
  if (replica) return getReplica(state, res, decodeURIComponent(replica[1] ?? ''));
  const end = END_PATH.exec(path);
  const route: TavusRoute | undefined =
    req.method !== 'POST'
      ? undefined
      : path === '/v2/personas'
        ? 'createPersona'
        : path === '/v2/conversations'
          ? 'createConversation'
          : end
            ? 'endConversation'
            : undefined;
  if (route === 'createPersona') return createPersona(state, req, res);
  if (route === 'createConversation') return createConversation(state, req, res);
  if (route === 'endConversation') return endConversation(state, res, end?.[1] ?? '');
  sendJson(res, 404, { message: `No route ${req.method ?? ''} ${path}` });
}
