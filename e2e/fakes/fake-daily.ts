// A stand-in for daily-js in the browser. The real one downloads its call engine from Daily's
// CDN at join() and cannot run without network, so specs inject this before the app loads
// (useFakeDaily → page.addInitScript). The app finds it through the seam in
// web/src/services/avatar/load-daily.ts and runs its production avatar code against it.
//
// It behaves like the parts of Daily the avatar relies on: one call object at a time, app
// messages only after join and only up to 4096 characters, a replica participant (user id
// containing "tavus-replica") whose face is a canvas and whose voice plays exactly the PCM the
// app sent in echo messages. It records everything on window.__fakeDaily for assertions.

import type { Page } from 'playwright/test';
import type {
  DailyFactory,
  DailyLike,
  DailyParticipantLike,
  DailySubscribe,
} from '../../web/src/services/avatar/daily-like.ts';
import { installFakeReplicaMedia, type FakeReplicaMedia } from './fake-daily-media.ts';

export type FakeDailyFault = 'error' | 'replica-left' | 'left-meeting' | 'network-down';

export interface FakeDailyOptions {
  /** 'never': the room opens but no replica ever joins. */
  replica?: 'joins' | 'never';
  replicaJoinDelayMs?: number;
  joinFails?: boolean;
  /** Whether the replica sends Tavus started/stopped speaking events (default true). */
  speakingEvents?: boolean;
  /** Faults that happen by themselves, this long after join. */
  faults?: { kind: FakeDailyFault; afterMs: number }[];
}

export interface FakeDailyRecord {
  created: { options: unknown }[];
  joins: string[];
  /** 'join', 'leave', 'destroy', 'startRemoteParticipantsAudioLevelObserver', in order. */
  calls: string[];
  appMessages: { at: number; to: unknown; chars: number; data: unknown }[];
  /** Messages refused for being over 4096 characters. */
  tooLarge: number;
}

declare global {
  interface Window {
    __fakeDaily?: { record: FakeDailyRecord; fail(kind: FakeDailyFault): void };
  }
}

/** Runs in the page. Self-contained: Playwright sends it as source text. */
export function installFakeDaily(options: FakeDailyOptions): void {
  type Handler = (event: never) => void;
  const REPLICA_SESSION = 'fake-replica-session';
  const record: FakeDailyRecord = { created: [], joins: [], calls: [], appMessages: [], tooLarge: 0 };
  let current: FakeCall | undefined;

  class FakeCall {
    private readonly handlers = new Map<string, Set<Handler>>();
    private state: 'new' | 'joined' | 'left' | 'destroyed' = 'new';
    private media?: FakeReplicaMedia;
    private readonly timers: number[] = [];
    private speakingInference?: string;

    readonly on: DailySubscribe = (event: string, handler: Handler) => {
      this.handlers.set(event, (this.handlers.get(event) ?? new Set()).add(handler));
      return this;
    };

    readonly off: DailySubscribe = (event: string, handler: Handler) => {
      this.handlers.get(event)?.delete(handler);
      return this;
    };

    emit(event: string, payload: object) {
      for (const h of [...(this.handlers.get(event) ?? [])]) (h as (e: unknown) => void)({ action: event, ...payload });
    }

    private later(ms: number, fn: () => void) {
      this.timers.push(window.setTimeout(fn, ms));
    }

    private replica(): DailyParticipantLike {
      const playable = (track?: MediaStreamTrack) => ({
        state: track ? 'playable' : 'loading',
        persistentTrack: track,
      });
      const tracks = { video: playable(this.media?.video), audio: playable(this.media?.audio) };
      return { user_id: 'tavus-replica-fake-face', session_id: REPLICA_SESSION, local: false, tracks };
    }

    join(opts: { url: string }): Promise<unknown> {
      if (this.state !== 'new') return Promise.reject(new Error('Fake Daily: join() called twice or after leave.'));
      record.calls.push('join');
      record.joins.push(opts.url);
      if (options.joinFails)
        return Promise.reject(new Error('Fake Daily: the meeting you are trying to join does not exist.'));
      this.state = 'joined';
      if (options.replica !== 'never') this.later(options.replicaJoinDelayMs ?? 300, () => this.replicaJoins());
      for (const fault of options.faults ?? []) this.later(fault.afterMs, () => this.fail(fault.kind));
      return Promise.resolve(this.participants());
    }

    private replicaJoins() {
      if (this.state !== 'joined') return;
      const factory = window.__fakeReplicaMedia;
      if (!factory) throw new Error('Fake Daily: installFakeReplicaMedia did not run.');
      this.media = factory.create();
      this.emit('participant-joined', { participant: this.replica() });
      this.emit('track-started', { participant: this.replica(), track: this.media.video, type: 'video' });
      this.emit('track-started', { participant: this.replica(), track: this.media.audio, type: 'audio' });
    }

    participants(): Record<string, DailyParticipantLike> {
      const local = { user_id: 'candidate', session_id: 'fake-local-session', local: true, tracks: {} };
      return this.media ? { local, [REPLICA_SESSION]: this.replica() } : { local };
    }

    sendAppMessage(data: unknown, to: '*'): unknown {
      if (this.state !== 'joined') throw new Error('sendAppMessage() only supported after join.');
      const chars = JSON.stringify(data).length;
      if (chars > 4096) {
        record.tooLarge++;
        throw new Error('Message data too large. Max size is 4096');
      }
      record.appMessages.push({ at: performance.now(), to, chars, data });
      this.replicaHears(data);
      return this;
    }

    /** What the replica does with Tavus interactions (nothing before it joined). */
    private replicaHears(data: unknown) {
      const media = this.media;
      if (!media || typeof data !== 'object' || data === null) return;
      const m = data as { event_type?: string; properties?: { audio?: string; inference_id?: string; done?: boolean } };
      if (m.event_type === 'conversation.interrupt') {
        media.interrupt();
        return this.speaking(undefined);
      }
      if (m.event_type !== 'conversation.echo' || !m.properties?.audio) return;
      media.play(m.properties.audio);
      this.speaking(m.properties.inference_id);
      if (m.properties.done) this.later(media.queuedSeconds() * 1000, () => this.speaking(undefined));
    }

    private speaking(inference: string | undefined) {
      if (inference === this.speakingInference) return;
      const event = inference ? 'started_speaking' : 'stopped_speaking';
      this.speakingInference = inference;
      if (options.speakingEvents === false) return;
      const data = {
        message_type: 'conversation',
        event_type: `conversation.replica.${event}`,
        conversation_id: 'fake',
      };
      this.emit('app-message', { data, fromId: REPLICA_SESSION });
    }

    startRemoteParticipantsAudioLevelObserver(intervalMs = 200): Promise<void> {
      record.calls.push('startRemoteParticipantsAudioLevelObserver');
      const tick = () => {
        this.emit('remote-participants-audio-level', {
          participantsAudioLevel: { [REPLICA_SESSION]: this.media?.level() ?? 0 },
        });
        this.later(intervalMs, tick);
      };
      this.later(intervalMs, tick);
      return Promise.resolve();
    }

    leave(): Promise<void> {
      record.calls.push('leave');
      this.timers.forEach((t) => window.clearTimeout(t));
      this.media?.close();
      if (this.state === 'joined') {
        this.state = 'left';
        this.emit('left-meeting', {});
      }
      return Promise.resolve();
    }

    async destroy(): Promise<void> {
      record.calls.push('destroy');
      if (this.state === 'joined') await this.leave();
      this.state = 'destroyed';
      if (current === this) current = undefined;
    }

    fail(kind: FakeDailyFault) {
      if (this.state !== 'joined') return;
      if (kind === 'error')
        this.emit('error', { errorMsg: 'Fake Daily: connection error', error: { type: 'connection-error' } });
      if (kind === 'replica-left') this.emit('participant-left', { participant: this.replica() });
      if (kind === 'network-down') this.emit('network-connection', { type: 'signaling', event: 'interrupted' });
      if (kind === 'left-meeting') {
        this.state = 'left';
        this.emit('left-meeting', {});
      }
    }
  }

  const factory: DailyFactory = (callOptions) => {
    // daily-js refuses a second call object while one exists; so does this.
    if (current) throw new Error('Duplicate DailyIframe instances are not allowed');
    record.created.push({ options: callOptions });
    const call = new FakeCall();
    current = call;
    return call satisfies DailyLike;
  };
  Reflect.set(globalThis, '__mockingbirdDailyFactory', factory);
  window.__fakeDaily = { record, fail: (kind) => current?.fail(kind) };
}

/** Makes every page load of `page` use the fake Daily. Call before page.goto. */
export async function useFakeDaily(page: Page, options: FakeDailyOptions = {}): Promise<void> {
  const source = `(${installFakeReplicaMedia.toString()})();\n(${installFakeDaily.toString()})(${JSON.stringify(options)});`;
  await page.addInitScript({ content: source });
}

export async function fakeDailyRecord(page: Page): Promise<FakeDailyRecord> {
  return page.evaluate(() => {
    if (!window.__fakeDaily) throw new Error('The fake Daily is not installed on this page.');
    return window.__fakeDaily.record;
  });
}

/** Breaks the live call the way Daily or Tavus might. */
export async function failFakeDaily(page: Page, kind: FakeDailyFault): Promise<void> {
  await page.evaluate((k) => window.__fakeDaily?.fail(k), kind);
}
