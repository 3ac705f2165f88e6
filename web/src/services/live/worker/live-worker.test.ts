import { afterEach, describe, expect, it } from 'vitest';
import type { FrameScheduler } from '../../../lib/frame-batcher';
import { createManualClock } from '../../../lib/testing/manual-clock';
import { ApiError, type LiveToken, type LiveTokenRequest } from '../../api/types';
import { createResilientLiveClient } from '../resumption';
import { createFakeConnector } from '../testing/fake-connector';
import { LiveError, type LiveEventName } from '../types';
import { createLiveWorkerHost } from './live-worker-host';
import { createLiveWorkerClient, type WorkerLike } from './live-worker-proxy';

// The page's proxy and the worker's host joined by a real MessageChannel (structured clone,
// transferred buffers), the worker's LiveClient the real resilient one over a fake connector.

const NAMES: LiveEventName[] = [
  'audio',
  'audioPlayed',
  'outputTranscript',
  'inputTranscript',
  'interrupted',
  'turnComplete',
  'toolCall',
  'connection',
  'resumed',
  'error',
];
const request = {
  config: { voice: 'Kore', languageCode: 'de-DE', systemInstruction: 'Sei kurz.', tools: [], silenceDurationMs: 900 },
  durationMinutes: 25,
};
const channels: MessagePort[] = [];
afterEach(() => channels.splice(0).forEach((p) => p.close()));

function pair(): MessageChannel {
  const c = new MessageChannel();
  channels.push(c.port1, c.port2);
  return c;
}

/** Frames the test runs by hand, so "once per frame" can be counted. */
function manualFrames(): FrameScheduler & { frame(): void } {
  const due = new Map<number, () => void>();
  let next = 1;
  return {
    request: (cb) => (due.set(next, cb), next++),
    cancel: (id) => void due.delete(id),
    frame() {
      const now = [...due.values()];
      due.clear();
      now.forEach((cb) => cb());
    },
  };
}

function setup(manualActivity = false) {
  const clock = createManualClock();
  const fake = createFakeConnector();
  const wire = pair();
  const pageFrames = manualFrames();
  const workerFrames = manualFrames();
  const tokenRequests: LiveTokenRequest[] = [];
  let refuse: Error | undefined;
  const api = {
    liveToken: (req: LiveTokenRequest): Promise<LiveToken> => {
      tokenRequests.push(req);
      return refuse ? Promise.reject(refuse) : fake.getToken();
    },
  };
  const worker = { ended: false, terminated: false };
  const host = createLiveWorkerHost({
    post: (report, transfer = []) => wire.port2.postMessage(report, transfer),
    createClient: (req, workerApi) =>
      createResilientLiveClient({
        getToken: () =>
          workerApi.liveToken({
            voice: req.config.voice,
            languageCode: req.config.languageCode,
            durationMinutes: req.durationMinutes,
          }),
        open: fake.open,
        manualActivity: req.config.manualActivity ?? false,
        clock,
      }),
    scheduler: workerFrames,
    onClosed: () => (worker.ended = true),
  });
  wire.port2.onmessage = (e: MessageEvent<unknown>) => host.receive(e.data);
  const like: WorkerLike = {
    postMessage: (m, t) => wire.port1.postMessage(m, t),
    addEventListener: (_type, l) => wire.port1.addEventListener('message', l),
    terminate: () => (worker.terminated = true),
  };
  wire.port1.start();
  const client = createLiveWorkerClient(
    { ...request, config: { ...request.config, manualActivity } },
    {
      worker: like,
      api,
      scheduler: pageFrames,
      setTimeout: (fn) => fn(),
    },
  );
  const heard: string[] = [];
  for (const name of NAMES) client.on(name, (p) => heard.push(label(name, p)));
  /** Lets messages cross, then runs a worker frame and a page frame. */
  const settle = async () => {
    await clock.flush();
    workerFrames.frame();
    await clock.flush();
    pageFrames.frame();
  };
  return {
    clock,
    fake,
    client,
    heard,
    settle,
    tokenRequests,
    pageFrames,
    workerFrames,
    worker,
    refuseTokens: (e: Error) => (refuse = e),
  };
}

function label(name: string, p: object): string {
  if ('text' in p) return `${name}:${String(p.text)}`;
  if ('state' in p) return `${name}:${String(p.state)}${'step' in p ? `/${String(p.step)}` : ''}`;
  if ('cause' in p) return `${name}:${String(p.cause)}`;
  if ('code' in p) return `${name}:${String(p.code)}`;
  if ('samples' in p) return `${name}:${String(p.samples)}`;
  if ('pcm' in p && p.pcm instanceof Int16Array) return `${name}:${p.pcm.length}`;
  return name;
}

describe('the Live session in a worker, seen through the page’s proxy', () => {
  it('connects with a token the page fetched for the interview’s voice, language and length', async () => {
    const { client, heard, tokenRequests, fake, settle } = setup();
    const connected = client.connect();
    await settle();
    await connected;
    expect(tokenRequests).toEqual([{ voice: 'Kore', languageCode: 'de-DE', durationMinutes: 25 }]);
    expect(fake.conns).toHaveLength(1);
    expect(heard).toEqual(['connection:connecting/token', 'connection:connecting/socket', 'connection:open']);
  });

  it('rejects connect() with the token server’s own sentence', async () => {
    const { client, settle, refuseTokens } = setup();
    refuseTokens(new ApiError(401, 'access_code', 'The access code is wrong. Check it in Settings.'));
    const connected = client.connect().catch((e: unknown) => e);
    await settle();
    const err = await connected;
    expect(err).toBeInstanceOf(LiveError);
    expect(err).toMatchObject({ code: 'token', message: 'The access code is wrong. Check it in Settings.' });
  });

  it('forwards every method of the LiveClient to the session', async () => {
    const { client, fake, settle } = setup();
    const connected = client.connect();
    await settle();
    await connected;
    client.sendAudio(new Int16Array([7, 8]));
    client.sendAudioStreamEnd();
    client.sendText('Meine Antwort');
    client.sendToolResponse('fc1', 'end_interview', { ok: true });
    await settle();
    expect(fake.last().sent).toEqual(['audio:7', 'audioStreamEnd', 'text:Meine Antwort', 'tool:fc1:end_interview']);
  });

  it('forwards the candidate’s turns with manual activity', async () => {
    const { client, fake, settle } = setup(true);
    const connected = client.connect();
    await settle();
    await connected;
    client.sendActivityStart();
    client.sendAudio(new Int16Array([5]));
    client.sendActivityEnd();
    await settle();
    expect(fake.last().sent).toEqual(['activityStart', 'audio:5', 'activityEnd']);
  });

  it('hands the page its events in one batch per frame, in the order they happened', async () => {
    const { client, fake, heard, settle, pageFrames } = setup();
    const connected = client.connect();
    await settle();
    await connected;
    heard.length = 0;
    fake.last().emit({ type: 'outputTranscript', text: 'Guten' });
    fake.last().emit({ type: 'outputTranscript', text: ' Tag' });
    fake.last().emit({ type: 'toolCall', id: 'fc1', name: 'end_interview', args: { reason: 'done' } });
    fake.last().emit({ type: 'turnComplete' });
    await settle();
    expect(heard).toEqual(['outputTranscript:Guten', 'outputTranscript: Tag', 'toolCall', 'turnComplete']);
    pageFrames.frame();
    expect(heard).toHaveLength(4);
  });

  it('resumes across a goAway inside the worker, with the newest handle', async () => {
    const { client, fake, heard, settle, clock } = setup();
    const connected = client.connect();
    await settle();
    await connected;
    fake.last().emit({ type: 'resumption', handle: 'h1', resumable: true });
    fake.last().emit({ type: 'resumption', handle: 'h2', resumable: true });
    fake.last().emit({ type: 'goAway', timeLeftMs: 50_000 });
    await settle();
    await clock.advance(50_000);
    await settle();
    expect(fake.log).toEqual(['open#1', 'open#2(h2)', 'close#1']);
    expect(heard).toContain('resumed:goAway');
  });

  it('sends captured frames only while the page holds the microphone open', async () => {
    const { client, fake, settle } = setup();
    const connected = client.connect();
    await settle();
    await connected;
    const capture = pair();
    client.media?.addCapturePort(capture.port2);
    const frame = (v: number, position: number) =>
      capture.port1.postMessage({ type: 'capture-frame', pcm: new Int16Array([v]), position, sampleRate: 16000 });
    frame(1, 0);
    await settle();
    client.media?.setMicOpen(true);
    await settle();
    frame(2, 320);
    frame(3, 640);
    await settle();
    client.media?.setMicOpen(false);
    await settle();
    frame(4, 960);
    await settle();
    expect(fake.last().sent).toEqual(['audio:2', 'audio:3']);
  });

  /** A connected session whose reply audio goes to a playback port; `toPlayer`: what reached it. */
  async function playing() {
    const made = setup();
    const connected = made.client.connect();
    await made.settle();
    await connected;
    const playback = pair();
    const toPlayer: unknown[] = [];
    playback.port1.onmessage = (e: MessageEvent<unknown>) => toPlayer.push(e.data);
    made.client.media?.setPlaybackPort(playback.port2);
    return { ...made, toPlayer };
  }

  it('plays reply audio through the playback port, tells the page only its length, and flushes it on barge-in', async () => {
    const { fake, heard, settle, toPlayer } = await playing();
    await settle();
    heard.length = 0;
    fake.last().emit({ type: 'audio', pcm: new Int16Array(480) });
    fake.last().emit({ type: 'interrupted' });
    await settle();
    await settle();
    expect(toPlayer).toEqual([{ type: 'pcm', pcm: new Int16Array(480) }, { type: 'flush' }]);
    expect(heard).toEqual(['audioPlayed:480', 'interrupted']);
  });

  it('holds reply audio bound for the player on an early hand-over, plays it on release, and drops it on a take-back', async () => {
    const { client, fake, heard, settle, toPlayer } = await playing();
    client.media?.replies('hold');
    await settle();
    heard.length = 0;
    fake.last().emit({ type: 'audio', pcm: new Int16Array(480) });
    fake.last().emit({ type: 'outputTranscript', text: 'Why?' });
    await settle();
    await settle();
    expect(toPlayer).toEqual([]);
    // The page hears of the held audio in order with the reply's words, and holds both itself.
    expect(heard).toEqual(['audioPlayed:480', 'outputTranscript:Why?']);
    client.media?.replies('drop');
    client.media?.replies('hold');
    await settle();
    fake.last().emit({ type: 'audio', pcm: new Int16Array(240) });
    client.media?.replies('release');
    await settle();
    await settle();
    expect(toPlayer).toEqual([{ type: 'pcm', pcm: new Int16Array(240) }]);
  });

  it('holds captured frames outside an answer, opens it with the pre-roll, and plays no reply audio inside it', async () => {
    const { client, fake, heard, settle } = setup(true);
    const connected = client.connect();
    await settle();
    await connected;
    const capture = pair();
    const playback = pair();
    const toPlayer: unknown[] = [];
    playback.port1.onmessage = (e: MessageEvent<unknown>) => toPlayer.push(e.data);
    client.media?.addCapturePort(capture.port2);
    client.media?.setPlaybackPort(playback.port2);
    client.media?.holdAnswers();
    client.media?.setMicOpen(true);
    await settle();
    for (let i = 0; i < 20; i++)
      capture.port1.postMessage({
        type: 'capture-frame',
        pcm: new Int16Array([i + 1]),
        position: i * 320,
        sampleRate: 16000,
      });
    await settle();
    expect(fake.last().sent).toEqual([]);
    heard.length = 0;
    client.media?.openAnswer(380); // pre-roll from 80 ms: the frames ending after it, 5–20
    await settle();
    fake.last().emit({ type: 'audio', pcm: new Int16Array(480) }); // the cut reply's tail
    client.media?.closeAnswer();
    await settle();
    await settle();
    const sent = fake.last().sent;
    expect(sent[0]).toBe('activityStart');
    expect(sent.slice(1, -1)).toEqual(Array.from({ length: 16 }, (_, i) => `audio:${i + 5}`));
    expect(sent.at(-1)).toBe('activityEnd');
    expect(toPlayer).toEqual([{ type: 'flush' }]);
    expect(heard).not.toContain('audioPlayed:480');
  });

  it('without a playback port, reply audio reaches the page as samples, before what followed it', async () => {
    const { client, fake, heard, settle } = setup();
    const connected = client.connect();
    await settle();
    await connected;
    heard.length = 0;
    fake.last().emit({ type: 'outputTranscript', text: 'Hallo' });
    fake.last().emit({ type: 'audio', pcm: new Int16Array(240) });
    fake.last().emit({ type: 'interrupted' });
    await settle();
    expect(heard).toEqual(['outputTranscript:Hallo', 'audio:240', 'interrupted']);
  });

  it('closes the socket and the worker when the page closes the session, and hears nothing after', async () => {
    const { client, fake, heard, settle, worker } = setup();
    const connected = client.connect();
    await settle();
    await connected;
    client.close();
    await settle();
    fake.last().emit({ type: 'outputTranscript', text: 'zu spät' });
    await settle();
    expect(fake.log).toEqual(['open#1', 'close#1']);
    expect(worker).toEqual({ ended: true, terminated: true });
    expect(heard.at(-1)).toBe('connection:closed');
    expect(heard).not.toContain('outputTranscript:zu spät');
  });
});
