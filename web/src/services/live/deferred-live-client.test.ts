import { describe, expect, it } from 'vitest';
import { deferredLiveClientFactory, LIVE_LOAD_FAILED } from './deferred-live-client';
import { LiveError, type LiveClient, type LiveClientFactory, type LiveEvents, type LiveSessionRequest } from './types';

const request: LiveSessionRequest = {
  config: { voice: 'Kore', languageCode: 'en-US', systemInstruction: 'Interview.', silenceDurationMs: 500, tools: [] },
  durationMinutes: 10,
};

/** A real-enough client that records what it was asked to do and lets the test emit events. */
function recordingFactory() {
  const log: string[] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const client: LiveClient = {
    connect: () => Promise.resolve(void log.push('connect')),
    on: (event, cb) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(cb as (p: unknown) => void));
      return () => set.delete(cb as (p: unknown) => void);
    },
    sendAudio: (pcm) => void log.push(`audio ${pcm.length}`),
    sendAudioStreamEnd: () => void log.push('audioStreamEnd'),
    sendActivityStart: () => void log.push('activityStart'),
    sendActivityEnd: () => void log.push('activityEnd'),
    sendText: (text) => void log.push(`text ${text}`),
    sendToolResponse: (id) => void log.push(`tool ${id}`),
    close: () => void log.push('close'),
  };
  const emit = <K extends keyof LiveEvents>(event: K, payload: LiveEvents[K]) =>
    listeners.get(event)?.forEach((cb) => cb(payload));
  let loads = 0;
  const load = (): Promise<LiveClientFactory> => (loads++, Promise.resolve(() => client));
  return { log, emit, load, loads: () => loads };
}

describe('deferredLiveClientFactory', () => {
  it('loads the real client on connect, with the listeners and the text that came before', async () => {
    const real = recordingFactory();
    const live = deferredLiveClientFactory(real.load).factory(request);
    const transcripts: string[] = [];
    live.on('outputTranscript', ({ text }) => transcripts.push(text));
    live.sendAudio(new Int16Array(320));
    live.sendActivityStart();
    live.sendText('typed answer');
    expect(real.loads()).toBe(0);
    await live.connect();
    live.sendAudio(new Int16Array(320));
    live.sendActivityEnd();
    real.emit('outputTranscript', { text: 'Hello.' });
    expect(real.log).toEqual(['activityStart', 'text typed answer', 'connect', 'audio 320', 'activityEnd']);
    expect(transcripts).toEqual(['Hello.']);
  });

  it('stops a listener that unsubscribed before or after the client loaded', async () => {
    const real = recordingFactory();
    const live = deferredLiveClientFactory(real.load).factory(request);
    const heard: string[] = [];
    const early = live.on('inputTranscript', ({ text }) => heard.push(`early ${text}`));
    early();
    const late = live.on('inputTranscript', ({ text }) => heard.push(`late ${text}`));
    await live.connect();
    real.emit('inputTranscript', { text: 'one' });
    late();
    real.emit('inputTranscript', { text: 'two' });
    expect(heard).toEqual(['late one']);
  });

  it('loads the code once when preloaded, before any interview connects', async () => {
    const real = recordingFactory();
    const deferred = deferredLiveClientFactory(real.load);
    deferred.preload();
    await deferred.factory(request).connect();
    expect(real.loads()).toBe(1);
  });

  it('does not connect a client closed while its code was loading', async () => {
    const real = recordingFactory();
    const live = deferredLiveClientFactory(real.load).factory(request);
    const connecting = live.connect();
    live.close();
    await connecting;
    expect(real.log).toEqual(['close']);
  });

  it('rejects with a sentence when its code cannot be loaded, and loads again on the next try', async () => {
    const real = recordingFactory();
    let attempt = 0;
    const { factory } = deferredLiveClientFactory(() =>
      ++attempt === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real.load(),
    );
    const failure = await factory(request)
      .connect()
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LiveError);
    expect(failure).toMatchObject({ code: 'connect-failed', message: LIVE_LOAD_FAILED });
    await factory(request).connect();
    expect(real.log).toEqual(['connect']);
  });

  it('shows the loaded client’s media routes (a worker’s), and none before it loaded', async () => {
    const f = recordingFactory();
    const routes = {
      addCapturePort: () => {},
      setMicOpen: () => {},
      setPlaybackPort: () => {},
      holdAnswers: () => {},
      openAnswer: () => {},
      closeAnswer: () => {},
      replies: () => {},
    };
    const client = deferredLiveClientFactory(() =>
      f.load().then((make) => (req: LiveSessionRequest) => ({ ...make(req), media: routes })),
    ).factory(request);
    expect(client.media).toBeUndefined();
    await client.connect();
    expect(client.media).toBe(routes);
  });
});
