import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord, preciseNow, readJson, sendJson } from '../shared/http.ts';
import { candidateQuotes } from './candidate-quotes.ts';
import { modelNotFoundMessage, modelResource, serves } from './model-catalog.ts';
import { sampleValue } from './json-from-schema.ts';
import { answeredQuestions, numberedTurns } from './turn-numbers.ts';
import type { FakeGeminiState, GenerateRequest, HttpFault } from './state.ts';

// The REST calls the token server makes: minting ephemeral tokens, generateContent, and
// `GET models/{m}` for its health check. Models come from the catalog (model-catalog.ts).

/** Google's error envelope: `{"error":{"code","message","status"}}`. */
export function sendGoogleError(res: ServerResponse, code: number, status: string, message: string): void {
  sendJson(res, code, { error: { code, message, status } });
}

/**
 * Google's answer to a wrong or unknown key: 400 INVALID_ARGUMENT with reason API_KEY_INVALID,
 * not 401 (seen in google-gemini/gemini-cli #25198 and #4690, continuedev/continue #10290).
 */
function sendKeyInvalid(res: ServerResponse): void {
  const message = 'API key not valid. Please pass a valid API key.';
  const details = [
    {
      '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
      reason: 'API_KEY_INVALID',
      domain: 'googleapis.com',
      metadata: { service: 'generativelanguage.googleapis.com' },
    },
  ];
  sendJson(res, 400, { error: { code: 400, message, status: 'INVALID_ARGUMENT', details } });
}

const GENERATE_PATH = /^\/(v1|v1beta|v1alpha)\/models\/([^/:]+):generateContent$/;
const MODEL_PATH = /^\/(v1|v1beta|v1alpha)\/models\/([^/:]+)$/;

function hasValidKey(req: IncomingMessage, query: URLSearchParams, apiKey: string): boolean {
  return req.headers['x-goog-api-key'] === apiKey || query.get('key') === apiKey;
}

/** Answers a fault instead of the real reply; returns whether it did. `hang` never answers. */
function applyFault(res: ServerResponse, fault: HttpFault | undefined): boolean {
  if (fault === 'http-500') sendGoogleError(res, 500, 'INTERNAL', 'An internal error has occurred. Please retry.');
  else if (fault === 'http-401')
    sendGoogleError(res, 401, 'UNAUTHENTICATED', 'API key not valid. Please pass a valid API key.');
  return fault === 'http-500' || fault === 'http-401' || fault === 'hang';
}

export function defaultReportText(req: GenerateRequest): string {
  const config = isRecord(req.body.generationConfig) ? req.body.generationConfig : {};
  const schema = [config.responseJsonSchema, config.responseSchema].find(isRecord);
  if (schema)
    return JSON.stringify(
      sampleValue(schema, { quotes: candidateQuotes(req.body), questions: answeredQuestions(numberedTurns(req.body)) }),
    );
  return config.responseMimeType === 'application/json' ? '{}' : 'A reply from the fake model.';
}

function generateReply(text: string): Record<string, unknown> {
  return {
    candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
    usageMetadata: {
      promptTokenCount: 120,
      candidatesTokenCount: Math.ceil(text.length / 4),
      totalTokenCount: 120 + Math.ceil(text.length / 4),
    },
    modelVersion: 'fake',
  };
}

async function mintToken(state: FakeGeminiState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (applyFault(res, state.takeFault('authTokens'))) return;
  const token = state.tokens.mint(body);
  if (typeof token === 'string') return sendGoogleError(res, 400, 'INVALID_ARGUMENT', token);
  state.events.bump('tokenMinted');
  sendJson(res, 200, { name: token.name });
}

async function generate(
  state: FakeGeminiState,
  req: IncomingMessage,
  res: ServerResponse,
  match: RegExpExecArray,
): Promise<void> {
  const body = await readJson(req);
  if (!isRecord(body)) return sendGoogleError(res, 400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.');
  const request: GenerateRequest = { apiVersion: match[1] ?? '', model: match[2] ?? '', body, at: preciseNow() };
  state.generateRequests.push(request);
  state.events.bump('generateContent');
  // A shut-down model, or a Live-only one, is refused before anything else.
  if (!serves(state.models, request.model, 'generateContent')) {
    return sendGoogleError(
      res,
      404,
      'NOT_FOUND',
      modelNotFoundMessage(request.model, request.apiVersion, 'generateContent'),
    );
  }
  const fault = state.takeFault('generateContent');
  if (applyFault(res, fault)) return;
  const text =
    fault === 'invalid-json'
      ? '{"score": 7, "summary": "The answer was cut'
      : (state.reportText ?? defaultReportText)(request);
  sendJson(res, 200, generateReply(text));
}

/** `GET models/{m}`: the model's metadata, or 404 NOT_FOUND when it is not served. */
function getModel(state: FakeGeminiState, res: ServerResponse, match: RegExpExecArray): void {
  const id = match[2] ?? '';
  const model = state.models.get(id);
  if (!model)
    return sendGoogleError(res, 404, 'NOT_FOUND', `models/${id} is not found for API version ${match[1] ?? ''}.`);
  sendJson(res, 200, modelResource(model));
}

/** Handles the REST routes; returns false when the path is not one of them. */
export async function handleRest(
  state: FakeGeminiState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<boolean> {
  const generateMatch = GENERATE_PATH.exec(path);
  const modelMatch = req.method === 'GET' ? MODEL_PATH.exec(path) : null;
  const isPost = req.method === 'POST' && (path === '/v1alpha/auth_tokens' || generateMatch);
  if (!isPost && !modelMatch) return false;
  if (!hasValidKey(req, query, state.apiKey)) {
    sendKeyInvalid(res);
    return true;
  }
  if (modelMatch) getModel(state, res, modelMatch);
  else if (generateMatch) await generate(state, req, res, generateMatch);
  else await mintToken(state, req, res);
  return true;
}
