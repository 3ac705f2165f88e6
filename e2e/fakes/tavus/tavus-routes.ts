import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord, readJson, sendJson } from '../shared/http.ts';
import type { TavusFault, TavusRoute, TavusState } from './tavus-state.ts';

// The three Tavus REST calls the token server makes, with Tavus's error bodies
// (`{"message": "…"}`) as docs/protocols.md records them.

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
  const conv = state.conversations.find((c) => c.id === id);
  if (!conv) return sendJson(res, 404, { message: 'Conversation not found' });
  state.end(conv, 'client');
  sendJson(res, 200, {});
}

const END_PATH = /^\/v2\/conversations\/([^/]+)\/end$/;

/** Routes one request; anything unknown gets Tavus's 404 shape. */
export async function handleTavus(state: TavusState, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (req.headers['x-api-key'] !== state.apiKey) return sendJson(res, 401, { message: 'Invalid access token' });
  const end = END_PATH.exec(path);
  const route: TavusRoute | undefined =
    req.method !== 'POST' ? undefined : path === '/v2/personas' ? 'createPersona' : path === '/v2/conversations' ? 'createConversation' : end ? 'endConversation' : undefined;
  if (route === 'createPersona') return createPersona(state, req, res);
  if (route === 'createConversation') return createConversation(state, req, res);
  if (route === 'endConversation') return endConversation(state, res, end?.[1] ?? '');
  sendJson(res, 404, { message: `No route ${req.method ?? ''} ${path}` });
}
