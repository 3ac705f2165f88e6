import type { ServerOptions } from 'node:http';
import { connect, type Socket } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

// A real listening server and a client that writes bytes exactly as given. fetch() and
// app.request() tidy a URL before sending it (`/a/../b` becomes `/b`, `\` becomes `/`) and refuse
// odd headers, so attacks on the socket itself need this.

export interface Listening {
  port: number;
  url: string;
  close(): Promise<void>;
}

export async function listen(app: Hono, serverOptions: ServerOptions = {}): Promise<Listening> {
  let server: ReturnType<typeof serve> | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0, serverOptions }, (info) => resolve(info.port));
  });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if (server && 'closeAllConnections' in server) server.closeAllConnections();
        server?.close(() => resolve());
      }),
  };
}

export interface RawReply {
  status: number;
  /** Everything the server sent, head and body. */
  text: string;
  /** When the server closed the socket, in ms after the request was written. */
  closedAfterMs: number;
}

/** Opens a socket; `closed` resolves with the time it closed, `received` is what arrived so far. */
export function openSocket(port: number): {
  socket: Socket;
  opened: Promise<void>;
  closed: Promise<number>;
  received: () => string;
} {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  const startedAt = Date.now();
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('error', () => undefined); // a reset is one of the outcomes the tests look at
  const opened = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - startedAt)));
  return { socket, opened, closed, received: () => Buffer.concat(chunks).toString('latin1') };
}

/** Sends one request as raw bytes (it should say `Connection: close`) and reads until the server closes. */
export async function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 3000): Promise<RawReply> {
  const { socket, opened, closed, received } = openSocket(port);
  await opened;
  const sentAt = Date.now();
  socket.write(bytes);
  const timer = setTimeout(() => socket.destroy(), timeoutMs);
  await closed;
  clearTimeout(timer);
  const text = received();
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text, closedAfterMs: Date.now() - sentAt };
}

/** A GET with the request target written verbatim. */
export function rawGet(port: number, target: string, headers: Record<string, string> = {}): Promise<RawReply> {
  const lines = [
    `GET ${target} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return rawRequest(port, `${lines.join('\r\n')}\r\n\r\n`);
}

/** The health endpoint answers, and soon: the server is still serving others. */
export async function healthAnswers(url: string, withinMs = 1000): Promise<boolean> {
  const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(withinMs) });
  return res.status === 200;
}
