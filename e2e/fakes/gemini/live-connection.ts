import type { WebSocket } from 'ws';
import { preciseNow } from '../shared/http.ts';

// One Live WebSocket as the fake service sees it.

export type Credential = { kind: 'token'; name: string } | { kind: 'key'; key: string } | { kind: 'none' };

export class LiveConnection {
  /** The setup in effect: what the client sent, with the token's locked fields applied. */
  setup?: Record<string, unknown>;
  /** The setup message exactly as the client sent it. */
  sentSetup?: Record<string, unknown>;
  /** Whether realtime input has started (on 3.1, clientContent may only come before it). */
  realtimeStarted = false;
  /** Set once the setup was accepted; the conversation it belongs to. */
  conversationId?: string;
  readonly openedAt = preciseNow();
  closedAt?: number;
  closeCode?: number;
  closeReason?: string;
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    readonly id: number,
    private readonly ws: WebSocket,
    readonly credential: Credential,
    /** The real service sends JSON in binary frames (the SDK reads both); the fake does too by default. */
    private readonly binaryFrames: boolean,
  ) {
    ws.on('close', (code, reason) => {
      this.closedAt = preciseNow();
      this.closeCode = code;
      this.closeReason = reason.toString('utf8');
      for (const listener of this.closeListeners.splice(0)) listener();
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  onClose(listener: () => void): void {
    if (this.closedAt !== undefined) listener();
    else this.closeListeners.push(listener);
  }

  /** Sends one server message; returns false when the socket is no longer open. */
  send(message: Record<string, unknown>): boolean {
    if (!this.isOpen) return false;
    const text = JSON.stringify(message);
    this.ws.send(this.binaryFrames ? Buffer.from(text, 'utf8') : text);
    return true;
  }

  /** A clean close with a status code the client can read (1008 policy, 1011 internal, 1007 invalid data). */
  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING)
      this.ws.close(code, reason.slice(0, 120));
  }

  /** Cuts the TCP connection with no close frame: the client sees 1006. */
  terminate(): void {
    this.ws.terminate();
  }
}
