import type { Conversation } from './conversation.ts';
import type { InterviewScript } from './interview-script.ts';
import type { LiveConnection } from './live-connection.ts';
import type { LiveServer } from './live-server.ts';
import {
  type FakeGeminiEvent,
  type FakeGeminiState,
  type GenerateRequest,
  type HttpFault,
  INSTANT_PACE,
  type Pace,
  REALISTIC_PACE,
} from './state.ts';
import type { MintedToken } from './token-registry.ts';
import { bareModelId } from './model-catalog.ts';

// What a test (or `POST /__control/<action>` in standalone mode) can observe and switch on.
// Connection faults act on every open, set-up connection at the moment of the call; a
// replacement connection opened afterwards is not affected.

export class FakeGeminiControl {
  constructor(
    private readonly state: FakeGeminiState,
    private readonly live: LiveServer,
  ) {}

  // ---- observation ----

  /** Resolves once `event` has happened `n` times in total since start. */
  waitFor(event: FakeGeminiEvent, n = 1, timeoutMs = 10_000): Promise<void> {
    return this.state.events.waitFor(event, n, timeoutMs);
  }

  count(event: FakeGeminiEvent): number {
    return this.state.events.count(event);
  }

  counts(): Record<string, number> {
    return this.state.events.snapshot();
  }

  /** Every token minted, with the request body that minted it and its remaining uses. */
  get tokens(): readonly MintedToken[] {
    return this.state.tokens.minted;
  }

  get generateRequests(): readonly GenerateRequest[] {
    return this.state.generateRequests;
  }

  get conversations(): readonly Conversation[] {
    return this.live.conversations;
  }

  get connections(): readonly LiveConnection[] {
    return this.live.connections;
  }

  /** The newest conversation; throws if no Live session has been set up yet. */
  latestConversation(): Conversation {
    const conv = this.live.conversations.at(-1);
    if (!conv) throw new Error('No Live session has been set up with the fake Gemini yet.');
    return conv;
  }

  // ---- connection faults ----

  sendGoAway(opts: { timeLeft?: string; closeAfterMs?: number } = {}): void {
    for (const conn of this.live.openConnections())
      this.live.goAway(conn, opts.timeLeft ?? '50s', opts.closeAfterMs ?? this.state.live.goAwayCloseAfterMs);
  }

  /** Cuts the sockets without a close frame: the client sees 1006. */
  drop(): void {
    for (const conn of this.live.openConnections()) conn.terminate();
  }

  closeConnections(code = 1011, reason = 'Internal error encountered.'): void {
    for (const conn of this.live.openConnections()) conn.close(code, reason);
  }

  /** Every connection from now on gets a goAway `ms` after setup, then a 1011 close; undefined stops it. */
  goAwayEvery(ms: number | undefined, closeAfterMs = this.state.live.goAwayCloseAfterMs): void {
    this.state.live.goAwayEveryMs = ms;
    this.state.live.goAwayCloseAfterMs = closeAfterMs;
  }

  withholdSetupComplete(on = true): void {
    this.state.live.withholdSetupComplete = on;
  }

  /** The next `n` Live connections are closed with 1008, as for a rejected token. */
  rejectNextConnections(n = 1): void {
    this.state.live.rejectNextConnections = n;
  }

  /** Resumption handles older than `ms` are refused from now on (the real ones last about 2 h). */
  setHandleLifetime(ms: number): void {
    this.state.live.handleLifetimeMs = ms;
  }

  // ---- interviewer behaviour ----

  /** After the next interruption the interviewer says nothing more until the client reconnects. */
  stallAfterNextInterruption(): void {
    this.state.live.stallAfterNextInterruption = true;
  }

  interruptNow(): void {
    for (const conv of this.live.conversations) this.live.interviewerOf(conv)?.interrupt();
  }

  callEndInterviewNow(args?: Record<string, unknown>): void {
    const conv = this.live.conversations.at(-1);
    if (conv) this.live.interviewerOf(conv)?.callEndInterview(args);
  }

  /** Changes only the fields given (undefined ones keep their value). */
  setPace(pace: Partial<Pace>): void {
    const given = Object.fromEntries(Object.entries(pace).filter(([, v]) => v !== undefined));
    this.state.pace = { ...this.state.pace, ...given };
  }

  useInstantPace(): void {
    this.state.pace = { ...INSTANT_PACE };
  }

  useRealisticPace(): void {
    this.state.pace = { ...REALISTIC_PACE };
  }

  setScript(script: Partial<InterviewScript>): void {
    this.state.script = { ...this.state.script, ...script };
  }

  // ---- REST faults ----

  /** The next `times` calls to the route fail this way (default: until cleared). */
  failHttp(route: 'authTokens' | 'generateContent', fault: HttpFault, times = Number.POSITIVE_INFINITY): void {
    this.state.httpFaults[route] = { fault, times };
  }

  clearHttpFault(route: 'authTokens' | 'generateContent'): void {
    this.state.httpFaults[route] = undefined;
  }

  // ---- models ----

  /** The model is shut down from now on: REST answers 404, new Live sessions are refused. */
  retireModel(id: string): void {
    this.state.models.delete(bareModelId(id));
  }

  /** Ids of the models currently served. */
  get models(): string[] {
    return [...this.state.models.keys()];
  }

  /** Replaces the report text generator; undefined restores the schema-driven default. */
  setReportText(generate: ((req: GenerateRequest) => string) | undefined): void {
    this.state.reportText = generate;
  }
}
