import { Agent, request } from 'node:http';

// A bounded HTTP load generator for loopback: a fixed number of keep-alive connections, each
// sending its next request as soon as the previous answer is read (or at its next slot when a
// rate is set), for a fixed time.

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  concurrency: number;
  durationMs: number;
  /** Caps the total rate (requests per second), spread evenly over the connections; none means as fast as answers come. */
  ratePerSecond?: number;
  /** Extra request headers, e.g. X-Forwarded-For to appear as a given client behind a proxy. */
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  /** Answers that were not 2xx (a rate limit, an error): they make the run invalid. */
  failures: number;
  statuses: Record<string, number>;
  elapsedMs: number;
  latenciesMs: number[];
}

function once(agent: Agent, spec: LoadSpec): Promise<number> {
  return new Promise((resolve, reject) => {
    const body =
      spec.body === undefined
        ? {}
        : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(spec.body) };
    const headers = { ...spec.headers, ...body };
    const req = request(spec.url, { method: spec.method, agent, headers }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(spec.body);
  });
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const result: LoadResult = { requests: 0, failures: 0, statuses: {}, elapsedMs: 0, latenciesMs: [] };
  const start = performance.now();
  const deadline = start + spec.durationMs;
  const intervalMs = spec.ratePerSecond ? (spec.concurrency * 1000) / spec.ratePerSecond : 0;
  const worker = async (_: unknown, index: number): Promise<void> => {
    for (let k = 0; performance.now() < deadline; k++) {
      const slot = start + (index / spec.concurrency + k) * intervalMs;
      // A slot at or after the deadline is not part of the run: without this, a worker that passed
      // the deadline check just before it would still wait for its slot and send one request too many.
      if (slot >= deadline) break;
      if (slot > performance.now()) await new Promise((resolve) => setTimeout(resolve, slot - performance.now()));
      const sent = performance.now();
      const status = await once(agent, spec);
      result.latenciesMs.push(performance.now() - sent);
      result.requests++;
      result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      if (status < 200 || status >= 300) result.failures++;
    }
  };
  try {
    await Promise.all(Array.from({ length: spec.concurrency }, worker));
  } finally {
    agent.destroy();
  }
  result.elapsedMs = performance.now() - start;
  return result;
}
