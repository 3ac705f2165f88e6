import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { isRecord, splitUrl } from '../shared/http.ts';
import { nodeWs } from '../shared/node-ws.ts';
import { base64ToPcm } from '../shared/pcm.ts';
import { Conversation } from './conversation.ts';
import { Interviewer } from './interviewer.ts';
import { type Credential, LiveConnection } from './live-connection.ts';
import { admitSetup } from './setup-admission.ts';
import type { FakeGeminiState } from './state.ts';

// The Live WebSocket: accepts the upgrade on any path naming BidiGenerateContent (the SDK's
// URL has a double slash), checks the credential at setup, and routes client messages to the
// conversation's interviewer.

/** ws hands over a Buffer, an ArrayBuffer or fragments; all carry UTF-8 JSON. */
function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

export class LiveServer {
  readonly connections: LiveConnection[] = [];
  readonly conversations: Conversation[] = [];
  private readonly interviewers = new Map<string, Interviewer>();
  private readonly wss = new nodeWs.WebSocketServer({ noServer: true });
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
    this.later(closeAfterMs, () => conn.close(1011, 'The service is currently unavailable: connection time limit reached.'));
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
    const interviewer = this.interviewers.get(conn.conversationId ?? '');
    if (!interviewer) return; // a setup that was never completed: the service ignores the rest
    if (isRecord(message.realtimeInput)) this.realtimeInput(conn, interviewer, message.realtimeInput);
    else if ('toolResponse' in message) interviewer.toolResponse(conn, message.toolResponse);
  }

  private setup(conn: LiveConnection, setup: unknown): void {
    if (!isRecord(setup)) return conn.close(1007, 'The first message must be a setup message.');
    conn.setup = setup;
    const admission = admitSetup(this.state, conn, setup, this.conversations);
    if (!admission.ok) {
      this.state.events.bump('rejected');
      return conn.close(admission.code, admission.reason);
    }
    const conv = admission.conversation ?? this.newConversation();
    conn.conversationId = conv.id;
    conv.setups.push({ connectionId: conn.id, at: Date.now(), setup });
    this.state.events.bump('setup');
    if (this.state.live.withholdSetupComplete) return;
    conn.send({ setupComplete: {} });
    conv.connections.push(conn);
    this.state.events.bump('setupComplete');
    if (admission.conversation) this.state.events.bump('resumed');
    this.interviewers.get(conv.id)?.attach(conn, admission.conversation !== undefined);
    const every = this.state.live.goAwayEveryMs;
    if (every !== undefined) this.later(every, () => this.goAway(conn, '5s', this.state.live.goAwayCloseAfterMs));
  }

  private newConversation(): Conversation {
    const conv = new Conversation();
    this.conversations.push(conv);
    this.interviewers.set(conv.id, new Interviewer(conv, this.state));
    return conv;
  }

  private realtimeInput(conn: LiveConnection, interviewer: Interviewer, input: Record<string, unknown>): void {
    const audio = input.audio;
    if (isRecord(audio) && typeof audio.data === 'string') interviewer.hear(conn, base64ToPcm(audio.data));
    if (typeof input.text === 'string' && input.text.trim() !== '') interviewer.typed(input.text);
    if (input.audioStreamEnd === true) {
      this.state.events.bump('audioStreamEnd');
      interviewer.audioStreamEnded();
    }
    if (isRecord(input.activityStart)) interviewer.activity('start');
    if (isRecord(input.activityEnd)) interviewer.activity('end');
  }
}
