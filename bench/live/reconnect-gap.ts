import type { ProbeRecords } from '../page/probe-records.ts';

// Lost listening around a goAway: microphone audio that reached no connection. Two ways to
// lose it: the app drops chunks while no connection is usable, and chunks sent on the retiring
// connection never arrive at the server. Both are counted per goAway, in ms of audio.

const SAMPLES_PER_MS = 16;

/** What the server received on each connection, keyed by the token that opened it. */
export type ReceivedByToken = ReadonlyMap<string, { chunks: number; samples: number }>;

export function tokenOfSocket(url: string): string | undefined {
  const query = url.split('?')[1];
  return query === undefined ? undefined : (new URLSearchParams(query).get('access_token') ?? undefined);
}

/**
 * Whether audio captured at a moment was meant for the server. With the room's own turn-taking
 * (activityStart/activityEnd sent), only audio inside an answer is: the rest is left unsent by
 * design, not lost. Without it (server voice detection), all of it is.
 */
function answerWindows(r: ProbeRecords): (at: number) => boolean {
  if (r.activityStarts.length === 0) return () => true;
  return (at) => {
    const opened = r.activityStarts.filter((t) => t <= at).at(-1);
    if (opened === undefined) return false;
    const closed = r.activityEnds.find((t) => t >= opened);
    return closed === undefined || at <= closed;
  };
}

/**
 * For each goAway: chunks captured from its arrival until the next goAway (or `end`), meant for
 * the server (see answerWindows), that the app never sent, plus chunks sent on the socket it retired that the server did not receive.
 * Chunks are assumed equal in length within a socket (the capture path's fixed chunk size).
 */
export function lostListeningPerGoAway(r: ProbeRecords, received: ReceivedByToken, end: number): number[] {
  const heard = answerWindows(r);
  return r.goAways.map((goAway, i) => {
    const until = r.goAways[i + 1]?.at ?? end;
    const dropped = r.captures.filter(
      (c) => c.capturedAt >= goAway.at && c.capturedAt < until && c.sentAt < 0 && heard(c.capturedAt),
    );
    const droppedSamples = dropped.reduce((n, c) => n + c.samples, 0);
    const socket = r.sockets[goAway.socket];
    const token = socket ? tokenOfSocket(socket.url) : undefined;
    const got = token === undefined ? undefined : received.get(token);
    if (!got)
      throw new Error(`No server connection matches the socket that got goAway ${i + 1}; the measurement is broken.`);
    const sentChunks = r.captures.filter((c) => c.socket === goAway.socket);
    const chunkSamples = sentChunks[0]?.samples ?? 0;
    const inTransit = Math.max(0, sentChunks.length - got.chunks) * chunkSamples;
    return (droppedSamples + inTransit) / SAMPLES_PER_MS;
  });
}

/**
 * All listening lost between the first chunk sent and `until` (e.g. before the microphone was
 * muted on purpose): chunks the app never sent, plus chunks each finished socket never delivered.
 * The last socket is still open, so its in-flight chunks are not counted as lost.
 */
export function lostListeningTotal(r: ProbeRecords, received: ReceivedByToken, until: number): number {
  const firstSent = r.captures.find((c) => c.sentAt >= 0)?.capturedAt ?? Number.POSITIVE_INFINITY;
  const dropped = r.captures
    .filter((c) => c.capturedAt >= firstSent && c.capturedAt < until && c.sentAt < 0)
    .reduce((n, c) => n + c.samples, 0);
  let inTransit = 0;
  r.sockets.slice(0, -1).forEach((socket, index) => {
    const sent = r.captures.filter((c) => c.socket === index);
    const token = tokenOfSocket(socket.url);
    const got = token === undefined ? undefined : received.get(token);
    if (sent.length > 0 && !got)
      throw new Error(`No server connection matches socket ${index}; the measurement is broken.`);
    inTransit += Math.max(0, sent.length - (got?.chunks ?? 0)) * (sent[0]?.samples ?? 0);
  });
  return (dropped + inTransit) / SAMPLES_PER_MS;
}
