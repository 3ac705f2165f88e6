// A LiveClientFactory whose real client (the SDK glue, resumption, the interviewer's rules) loads
// when an interview connects, so the setup screen shows without that code. Until the real client
// exists, listeners are kept and attached to it, audio is dropped (as the real client does with
// no connection open) and the rest (text, tool responses, activity marks) is handed to the real
// client in order as soon as it exists, before it connects.
import { loadOnce } from '../../lib/load-once';
import {
  LiveError,
  type LiveClient,
  type LiveClientFactory,
  type LiveEventName,
  type LiveEvents,
  type LiveSessionRequest,
} from './types';

export const LIVE_LOAD_FAILED =
  'Mockingbird could not load the part of the app that runs the interview. Check your connection and try again.';

type Listener = {
  [K in LiveEventName]: { event: K; cb: (payload: LiveEvents[K]) => void; off?: () => void };
}[LiveEventName];

class DeferredLiveClient implements LiveClient {
  private client: LiveClient | undefined;
  private closed = false;
  private readonly listeners = new Set<Listener>();
  private waiting: ((client: LiveClient) => void)[] = [];

  constructor(
    private readonly loadFactory: () => Promise<LiveClientFactory>,
    private readonly request: LiveSessionRequest,
  ) {}

  async connect(): Promise<void> {
    const factory = await this.loadFactory().catch(() => {
      throw new LiveError('connect-failed', LIVE_LOAD_FAILED);
    });
    if (!this.client) {
      const client = factory(this.request);
      this.client = client;
      this.listeners.forEach((l) => this.attach(client, l));
      this.waiting.splice(0).forEach((send) => send(client));
      if (this.closed) client.close();
    }
    if (!this.closed) await this.client.connect();
  }

  on<K extends LiveEventName>(event: K, cb: (payload: LiveEvents[K]) => void): () => void {
    const listener = { event, cb } as Listener;
    this.listeners.add(listener);
    if (this.client) this.attach(this.client, listener);
    return () => {
      this.listeners.delete(listener);
      listener.off?.();
    };
  }

  sendAudio(pcm: Int16Array): void {
    this.client?.sendAudio(pcm);
  }

  /** The real client's media routes (a worker's), once it is loaded: the room links them after connect. */
  get media(): LiveClient['media'] {
    return this.client?.media;
  }

  sendAudioStreamEnd(): void {
    this.client?.sendAudioStreamEnd();
  }

  sendActivityStart(): void {
    this.whenLoaded((client) => client.sendActivityStart());
  }

  sendActivityEnd(): void {
    this.whenLoaded((client) => client.sendActivityEnd());
  }

  sendText(text: string): void {
    this.whenLoaded((client) => client.sendText(text));
  }

  sendToolResponse(id: string, name: string, response: Record<string, unknown>): void {
    this.whenLoaded((client) => client.sendToolResponse(id, name, response));
  }

  close(): void {
    this.closed = true;
    this.waiting = [];
    this.client?.close();
  }

  private whenLoaded(send: (client: LiveClient) => void): void {
    if (this.client) send(this.client);
    else if (!this.closed) this.waiting.push(send);
  }

  private attach(client: LiveClient, listener: Listener): void {
    listener.off = client.on(listener.event, listener.cb as (payload: unknown) => void);
  }
}

export interface DeferredLiveClients {
  factory: LiveClientFactory;
  /** Starts loading the real client's code now (e.g. once the first screen is idle); failures are left for connect() to report. */
  preload(): void;
}

/** `load` resolves with the real factory; it runs once, on preload() or the first connect (again after a failed load). */
export function deferredLiveClientFactory(load: () => Promise<LiveClientFactory>): DeferredLiveClients {
  const loadFactory = loadOnce(load);
  return {
    factory: (request) => new DeferredLiveClient(loadFactory, request),
    preload: () => void loadFactory().catch(() => undefined),
  };
}
