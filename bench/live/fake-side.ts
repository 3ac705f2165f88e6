import type { Conversation } from '../../e2e/fakes/gemini/conversation.ts';
import type { FakeGeminiControl } from '../../e2e/fakes/gemini/control.ts';
import type { ProbeRecords } from '../page/probe-records.ts';
import { type ReceivedByToken, tokenOfSocket } from './reconnect-gap.ts';
import type { UtteranceTimes } from './analysis.ts';

// What the fake Gemini recorded, in the shapes the analysis takes. The fake stamps epoch
// milliseconds (performance.timeOrigin + now in Node); the page's times are its own
// performance.now(), so subtracting the page's timeOrigin puts both on one clock (same machine,
// agreeing to about a millisecond).

export function utterancesInPageTime(conv: Conversation, pageTimeOrigin: number): UtteranceTimes[] {
  return conv.utterances
    .filter((u) => u.startedAt !== undefined)
    .map((u) => ({ requestedAt: u.requestedAt - pageTimeOrigin, startedAt: (u.startedAt ?? 0) - pageTimeOrigin }));
}

/**
 * The silence the client asked the server to wait for (its Live setup), as the fake received it;
 * undefined when the client marks the turns itself (automatic detection disabled: manual activity).
 */
export function requestedSilenceMs(conv: Conversation): number | undefined {
  // What the session ran with: the client's setup with the token's locked fields applied.
  const first = conv.setups[0];
  const config = (first?.effective ?? first?.setup)?.realtimeInputConfig;
  const detection =
    typeof config === 'object' && config !== null && 'automaticActivityDetection' in config
      ? config.automaticActivityDetection
      : undefined;
  const field = (name: string): unknown =>
    typeof detection === 'object' && detection !== null && name in detection
      ? (detection as Record<string, unknown>)[name]
      : undefined;
  if (field('disabled') === true) return undefined;
  const silence = field('silenceDurationMs');
  if (typeof silence !== 'number')
    throw new Error(
      `The Live setup carried no silenceDurationMs; the end-of-speech figure needs it (realtimeInputConfig: ${JSON.stringify(config)}).`,
    );
  return silence;
}

export function receivedByToken(control: FakeGeminiControl, conv: Conversation): ReceivedByToken {
  const map = new Map<string, { chunks: number; samples: number }>();
  for (const conn of control.connections) {
    if (conn.credential.kind !== 'token') continue;
    const mine = conv.received.filter((c) => c.connectionId === conn.id);
    map.set(conn.credential.name, { chunks: mine.length, samples: mine.reduce((n, c) => n + c.pcm.length, 0) });
  }
  return map;
}

/**
 * Capture (newest sample, page clock) → the fake server reading that chunk (its clock), for the
 * chunks captured in [from, to). A socket's sends and its connection's reads are paired in order,
 * which TCP keeps; the clocks are both wall time on one machine.
 */
export function captureToServer(
  r: ProbeRecords,
  control: FakeGeminiControl,
  conv: Conversation,
  pageTimeOrigin: number,
  from: number,
  to: number,
): number[] {
  const latencies: number[] = [];
  r.sockets.forEach((socket, index) => {
    const token = tokenOfSocket(socket.url);
    const conn = control.connections.find((c) => c.credential.kind === 'token' && c.credential.name === token);
    if (!conn) return;
    const reads = conv.received.filter((c) => c.connectionId === conn.id);
    const sent = r.captures.filter((c) => c.socket === index).sort((a, b) => a.sentAt - b.sentAt);
    sent.forEach((chunk, i) => {
      const read = reads[i];
      if (read && chunk.capturedAt >= from && chunk.capturedAt < to)
        latencies.push(read.at - (pageTimeOrigin + chunk.capturedAt));
    });
  });
  return latencies;
}
