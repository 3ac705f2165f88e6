import { randomBytes } from 'node:crypto';
import { EventCounter } from '../shared/event-counter.ts';

// What the fake Tavus API remembers: personas, conversations and the faults it is told to produce.

export type TavusRoute = 'createPersona' | 'createConversation' | 'endConversation';
export type TavusFault = 'max-concurrent' | 'http-500' | 'http-401' | 'hang';
export type TavusEvent = 'personaCreated' | 'conversationCreated' | 'conversationEnded' | 'endCalled';

export interface TavusConversation {
  id: string;
  url: string;
  body: Record<string, unknown>;
  status: 'active' | 'ended';
  createdAt: number;
  endedAt?: number;
  /** Who ended it: the product's call, or Tavus itself when max_call_duration ran out. */
  endedBy?: 'client' | 'timeout';
}

export class TavusState {
  readonly personas: { id: string; body: Record<string, unknown> }[] = [];
  readonly conversations: TavusConversation[] = [];
  readonly events = new EventCounter<TavusEvent>();
  readonly faults: Partial<Record<TavusRoute, { fault: TavusFault; times: number }>> = {};
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly apiKey: string,
    /** Tavus refuses new conversations beyond the account's concurrency limit. */
    public maxConcurrent: number,
    /** Replica (face) ids this account may use; any other is refused. */
    readonly replicas: Set<string>,
  ) {}

  hasPersona(id: unknown): boolean {
    return this.personas.some((p) => p.id === id);
  }

  takeFault(route: TavusRoute): TavusFault | undefined {
    const armed = this.faults[route];
    if (!armed || armed.times <= 0) return undefined;
    armed.times -= 1;
    return armed.fault;
  }

  active(): TavusConversation[] {
    return this.conversations.filter((c) => c.status === 'active');
  }

  createPersona(body: Record<string, unknown>): string {
    const id = `p${randomBytes(5).toString('hex')}`;
    this.personas.push({ id, body });
    this.events.bump('personaCreated');
    return id;
  }

  createConversation(body: Record<string, unknown>): TavusConversation {
    const id = `c${randomBytes(6).toString('hex')}`;
    const conv: TavusConversation = {
      id,
      url: `https://tavus.daily.co/${id}`,
      body,
      status: 'active',
      createdAt: Date.now(),
    };
    this.conversations.push(conv);
    this.events.bump('conversationCreated');
    const properties = body.properties;
    const maxSeconds =
      typeof properties === 'object' && properties !== null && 'max_call_duration' in properties
        ? Number(properties.max_call_duration)
        : NaN;
    if (Number.isFinite(maxSeconds) && maxSeconds > 0) this.later(maxSeconds * 1000, () => this.end(conv, 'timeout'));
    return conv;
  }

  end(conv: TavusConversation, by: 'client' | 'timeout'): void {
    if (conv.status === 'ended') return;
    conv.status = 'ended';
    conv.endedAt = Date.now();
    conv.endedBy = by;
    this.events.bump('conversationEnded');
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }
}
