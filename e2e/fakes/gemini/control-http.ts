import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRecord, readJson, sendJson } from '../shared/http.ts';
import type { FakeGeminiControl } from './control.ts';
import type { HttpFault } from './state.ts';

// `POST /__control/<action>` for the standalone fake (dev:fake, other processes), mapping to
// the same methods a test calls in-process. `GET /__control/state` shows the counters.

type Body = Record<string, unknown>;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const HTTP_FAULTS: readonly HttpFault[] = ['invalid-json', 'http-500', 'http-401', 'hang'];
const ROUTES = ['authTokens', 'generateContent'] as const;

function httpFault(control: FakeGeminiControl, body: Body): void {
  const route = ROUTES.find((r) => r === body.route);
  if (!route) throw new Error('route must be "authTokens" or "generateContent".');
  const fault = HTTP_FAULTS.find((f) => f === body.fault);
  if (fault) control.failHttp(route, fault, num(body.times));
  else control.clearHttpFault(route);
}

const ACTIONS: Record<string, (control: FakeGeminiControl, body: Body) => void> = {
  goAway: (c, b) => c.sendGoAway({ timeLeft: str(b.timeLeft), closeAfterMs: num(b.closeAfterMs) }),
  drop: (c) => c.drop(),
  close: (c, b) => c.closeConnections(num(b.code), str(b.reason)),
  goAwayEvery: (c, b) => c.goAwayEvery(num(b.ms), num(b.closeAfterMs)),
  withholdSetupComplete: (c, b) => c.withholdSetupComplete(b.on !== false),
  rejectNextConnections: (c, b) => c.rejectNextConnections(num(b.n)),
  stall: (c) => c.stallAfterNextInterruption(),
  interrupt: (c) => c.interruptNow(),
  endInterview: (c, b) => c.callEndInterviewNow(isRecord(b.args) ? b.args : undefined),
  pace: (c, b) =>
    c.setPace({
      speed: num(b.speed),
      jitterMs: num(b.jitterMs),
      replyDelayMs: num(b.replyDelayMs),
      chunkMs: num(b.chunkMs),
      instant: typeof b.instant === 'boolean' ? b.instant : undefined,
    }),
  instant: (c) => c.useInstantPace(),
  realistic: (c) => c.useRealisticPace(),
  httpFault,
  retireModel: (c, b) => c.retireModel(str(b.model) ?? ''),
};

function stateSummary(control: FakeGeminiControl): Record<string, unknown> {
  return {
    counts: control.counts(),
    tokens: control.tokens.map((t) => ({ name: t.name, usesLeft: t.usesLeft, body: t.body })),
    conversations: control.conversations.map((c) => ({
      id: c.id,
      connections: c.connections.map((x) => x.id),
      utterances: c.utterances.map((u) => u.text),
      candidateLines: c.candidateLines,
      receivedSamples: c.received.reduce((n, r) => n + r.pcm.length, 0),
    })),
  };
}

/** Handles `/__control/…`; returns false for any other path. */
export async function handleControl(
  control: FakeGeminiControl,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  if (!path.startsWith('/__control/')) return false;
  const action = path.slice('/__control/'.length);
  if (req.method === 'GET' && action === 'state') {
    sendJson(res, 200, stateSummary(control));
    return true;
  }
  const run = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  if (req.method !== 'POST' || !run) {
    sendJson(res, 404, {
      error: `Unknown control action "${action}". Known: ${Object.keys(ACTIONS).join(', ')}, GET state.`,
    });
    return true;
  }
  const body = await readJson(req);
  try {
    run(control, isRecord(body) ? body : {});
    sendJson(res, 200, { ok: true });
  } catch (err) {
    sendJson(res, 400, { error: err instanceof Error ? err.message : String(err) });
  }
  return true;
}
