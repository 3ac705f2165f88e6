import type { WebSocket } from 'ws';
import { preciseNow } from '../shared/http.ts';

// One Live WebSocket as the fake service sees it.

export type Credential = { kind: 'token'; name: string } | { kind: 'key'; key: string } | { kind: 'none' };

export class LiveConnection {
  setup?: Record<string, unknown>;
  /** Set once the setup was accepted; the conversation it belongs to. */
  conversationId?: string;
  readonly openedAt = preciseNow();
  closedAt?: number;
  closeCode?: number;
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    readonly id: number,
    private readonly ws: WebSocket,
    readonly credential: Credential,
    /** The real service sends JSON in binary frames; the SDK reads both. */
    private readonly binaryFrames: boolean,
  ) {
    ws.on('close', (code) => {
      this.closedAt = preciseNow();
      this.closeCode = code;
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
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason.slice(0, 120));
  }

  /** Cuts the TCP connection with no close frame: the client sees 1006. */
  terminate(): void {
    this.ws.terminate();
  }
}
