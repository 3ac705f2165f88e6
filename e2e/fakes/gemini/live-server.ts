import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { isRecord, preciseNow, splitUrl } from '../shared/http.ts';
import { nodeWs } from '../shared/node-ws.ts';
import { base64ToPcm } from '../shared/pcm.ts';
import { Conversation } from './conversation.ts';
import { Interviewer } from './interviewer.ts';
import { type Credential, LiveConnection } from './live-connection.ts';
import { checkActivitySignals, checkAudio, checkClientContent, MAX_MESSAGE_BYTES } from './client-input-rules.ts';
import type { LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import { admitSetup } from './setup-admission.ts';
import { refusedToolResponse } from './setup-rules.ts';
import type { FakeGeminiState } from './state.ts';

// The Live WebSocket: accepts the upgrade on any path naming BidiGenerateContent (the SDK's
// URL has a double slash), admits or refuses the setup (setup-admission.ts), checks each client
// message against the session's model (client-input-rules.ts, setup-rules.ts) and routes it to
// the conversation's interviewer. A message over the size limit closes the socket with 1009.

/** ws hands over a Buffer, an ArrayBuffer or fragments; all carry UTF-8 JSON. */
function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

export class LiveServer {
  readonly connections: LiveConnection[] = [];
  readonly conversations: Conversation[] = [];
  private readonly interviewers = new Map<string, Interviewer>();
  private readonly wss = new nodeWs.WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly state: FakeGeminiState,
    private readonly binaryFrames: boolean,
  ) {}

  /** Takes the upgrade if the path is the Live endpoint; returns false otherwise. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const { path, query } = splitUrl(req.url);
    if (!path.includes('BidiGenerateContent')) return false;
    const credential: Credential = query.get('access_token')
      ? { kind: 'token', name: query.get('access_token') ?? '' }
      : query.get('key')
        ? { kind: 'key', key: query.get('key') ?? '' }
        : { kind: 'none' };
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, credential));
    return true;
  }

  interviewerOf(conv: Conversation): Interviewer | undefined {
    return this.interviewers.get(conv.id);
  }

  openConnections(): LiveConnection[] {
    return this.connections.filter((c) => c.isOpen && c.conversationId !== undefined);
  }

  /** Runs `fn` after `ms` unless the server is closed first. */
  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  /** Announces the end of a connection, then closes it with 1011 as the service does. */
  goAway(conn: LiveConnection, timeLeft: string, closeAfterMs: number): void {
    if (!conn.send({ goAway: { timeLeft } })) return;
    this.state.events.bump('goAway');
    this.later(closeAfterMs, () =>
      conn.close(1011, 'The service is currently unavailable: connection time limit reached.'),
    );
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    for (const interviewer of this.interviewers.values()) interviewer.dispose();
    for (const conn of this.connections) conn.terminate();
    this.wss.close();
  }

  private accept(ws: WebSocket, credential: Credential): void {
    const conn = new LiveConnection(this.connections.length + 1, ws, credential, this.binaryFrames);
    this.connections.push(conn);
    this.state.events.bump('connection');
    conn.onClose(() => {
      this.state.events.bump('closed');
      const conv = this.conversations.find((c) => c.id === conn.conversationId);
      if (conv) this.interviewers.get(conv.id)?.connectionClosed(conn);
    });
    ws.on('message', (data: RawData) => this.receive(conn, data));
    // ws reports an oversized message here and closes with 1009 itself.
    ws.on('error', () => this.state.events.bump('rejected'));
  }

  private receive(conn: LiveConnection, data: RawData): void {
    let message: unknown;
    try {
      message = JSON.parse(rawText(data));
    } catch {
      return conn.close(1007, 'Invalid JSON payload received.');
    }
    if (!isRecord(message)) return conn.close(1007, 'Invalid JSON payload received.');
    if (!conn.setup) return this.setup(conn, message.setup);
    const conv = this.conversations.find((c) => c.id === conn.conversationId);
    const interviewer = conv ? this.interviewers.get(conv.id) : undefined;
    if (!conv || !interviewer) return; // a setup that was never completed: the service ignores the rest
    if (isRecord(message.realtimeInput)) return this.realtimeInput(conn, interviewer, message.realtimeInput);
    if (isRecord(message.toolResponse)) return this.toolResponse(conn, conv.profile, interviewer, message.toolResponse);
    if (isRecord(message.clientContent))
      return this.clientContent(conn, conv.profile, interviewer, message.clientContent);
  }

  private setup(conn: LiveConnection, setup: unknown): void {
    if (!isRecord(setup)) return conn.close(1007, 'The first message must be a setup message.');
    conn.sentSetup = setup;
    const admission = admitSetup(this.state, conn, setup, this.conversations);
    if (!admission.ok) {
      conn.setup = setup;
      this.state.events.bump('rejected');
      return conn.close(admission.code, admission.reason);
    }
    conn.setup = admission.effective;
    const conv = admission.resumed?.conversation ?? this.newConversation(admission.profile);
    conn.conversationId = conv.id;
    conv.setups.push({ connectionId: conn.id, at: preciseNow(), setup, effective: admission.effective });
    this.state.events.bump('setup');
    if (this.state.live.withholdSetupComplete) return;
    conn.send({ setupComplete: {} });
    conv.connections.push(conn);
    this.state.events.bump('setupComplete');
    if (admission.resumed) this.state.events.bump('resumed');
    this.interviewers.get(conv.id)?.attach(conn, admission.resumed?.from);
    const every = this.state.live.goAwayEveryMs;
    // The notice says the time the connection has left, and it closes when that is up, as the
    // service's does (docs/protocols.md: goAway ~50-60 s ahead, then the close).
    const closeAfter = this.state.live.goAwayCloseAfterMs;
    if (every !== undefined) this.later(every, () => this.goAway(conn, `${closeAfter / 1000}s`, closeAfter));
  }

  private newConversation(profile: LiveModelProfile): Conversation {
    const conv = new Conversation(profile);
    this.conversations.push(conv);
    this.interviewers.set(conv.id, new Interviewer(conv, this.state));
    return conv;
  }

  private realtimeInput(conn: LiveConnection, interviewer: Interviewer, input: Record<string, unknown>): void {
    conn.realtimeStarted = true;
    const signals = checkActivitySignals(conn.setup, input);
    if (signals) return conn.close(signals.code, signals.reason);
    // Within one message the turn opens before what it carries and closes after it.
    if (isRecord(input.activityStart)) {
      this.state.events.bump('activityStart');
      interviewer.activity('start');
    }
    const audio = input.audio;
    if (isRecord(audio)) {
      const refusal = checkAudio(audio);
      if (refusal) return conn.close(refusal.code, refusal.reason);
      interviewer.hear(conn, base64ToPcm(String(audio.data)));
    }
    if (typeof input.text === 'string' && input.text.trim() !== '') interviewer.realtimeText(conn, input.text);
    if (input.audioStreamEnd === true) {
      this.state.events.bump('audioStreamEnd');
      interviewer.audioStreamEnded();
    }
    if (isRecord(input.activityEnd)) interviewer.activity('end');
  }

  private toolResponse(
    conn: LiveConnection,
    profile: LiveModelProfile,
    interviewer: Interviewer,
    payload: Record<string, unknown>,
  ): void {
    const responses = Array.isArray(payload.functionResponses) ? payload.functionResponses : [];
    const refusal = refusedToolResponse(profile, responses);
    if (refusal) return conn.close(refusal.code, refusal.reason);
    interviewer.toolResponse(conn, payload);
  }

  /** A clientContent turn is heard like typed text, where the model takes one at this point. */
  private clientContent(
    conn: LiveConnection,
    profile: LiveModelProfile,
    interviewer: Interviewer,
    content: Record<string, unknown>,
  ): void {
    const checked = checkClientContent(profile, conn.realtimeStarted, content);
    if (!checked.ok) return conn.close(checked.code, checked.reason);
    if (checked.text) interviewer.typed(checked.text);
  }
}
