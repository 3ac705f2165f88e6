// A scripted stand-in for the Live API: every connection it opens is a FakeConnection the test
// drives by hand, and one shared log records what happened in which order.

import type { LiveToken } from '../../api/types';
import type { ConnectionEvent, LiveConnection, OpenConnection } from '../types';

export interface FakeConnection extends LiveConnection {
  readonly n: number;
  readonly token: string;
  readonly handle?: string;
  readonly sent: string[];
  closedByClient: boolean;
  /** Completes setup (only needed when the connector holds opens). */
  accept(): void;
  refuse(): void;
  emit(e: ConnectionEvent): void;
  serverClose(code?: number, reason?: string): void;
}

export interface FakeConnector {
  getToken: () => Promise<LiveToken>;
  open: OpenConnection;
  conns: FakeConnection[];
  tokens: string[];
  log: string[];
  /** When true, opens stay pending until accept() or refuse(). */
  holdOpens: boolean;
  /** When > 0, that many next token requests fail. */
  failTokens: number;
  /** When > 0, that many next opens are refused. */
  refuseOpens: number;
  /** What a refused open rejects with. */
  refusal: Error;
  last(): FakeConnection;
}

export function createFakeConnector(): FakeConnector {
  const fake: FakeConnector = {
    conns: [],
    tokens: [],
    log: [],
    holdOpens: false,
    failTokens: 0,
    refuseOpens: 0,
    refusal: new Error('refused'),
    last: () => {
      const c = fake.conns[fake.conns.length - 1];
      if (!c) throw new Error('no connection opened yet');
      return c;
    },
    getToken: () => {
      if (fake.failTokens > 0) {
        fake.failTokens--;
        fake.log.push('token failed');
        return Promise.reject(new Error('token server down'));
      }
      const token = `t${fake.tokens.length + 1}`;
      fake.tokens.push(token);
      return Promise.resolve({ token, expiresAt: '', model: 'models/m', apiVersion: 'v1alpha' });
    },
    open: ({ token, handle, onEvent }) =>
      new Promise((resolve, reject) => {
        const n = fake.conns.length + 1;
        fake.log.push(`open#${n}${handle ? `(${handle})` : ''}`);
        let open = false;
        const conn: FakeConnection = {
          n,
          token: token.token,
          ...(handle ? { handle } : {}),
          sent: [],
          closedByClient: false,
          accept: () => {
            open = true;
            resolve(conn);
          },
          refuse: () => reject(fake.refusal),
          emit: (e) => onEvent(e),
          serverClose: (code = 1011, reason = '') => {
            fake.log.push(`server closed #${n}`);
            onEvent({ type: 'close', code, reason });
          },
          sendAudio: (pcm) => conn.sent.push(`audio:${pcm[0] ?? ''}`),
          sendAudioStreamEnd: () => conn.sent.push('audioStreamEnd'),
          sendActivityStart: () => conn.sent.push('activityStart'),
          sendActivityEnd: () => conn.sent.push('activityEnd'),
          sendText: (text) => conn.sent.push(`text:${text}`),
          sendToolResponse: (id, name) => conn.sent.push(`tool:${id}:${name}`),
          close: () => {
            if (conn.closedByClient) return;
            conn.closedByClient = true;
            fake.log.push(`close#${n}`);
            if (open) onEvent({ type: 'close', code: 1000, reason: '' });
          },
        };
        fake.conns.push(conn);
        if (fake.refuseOpens > 0) {
          fake.refuseOpens--;
          return conn.refuse();
        }
        if (!fake.holdOpens) conn.accept();
      }),
  };
  return fake;
}
