import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/types';
import { createResilientLiveClient } from './resumption';
import { createFakeConnector, type FakeConnector } from './testing/fake-connector';
import { createManualClock } from '../../lib/testing/manual-clock';
import { LIVE_EVENT_NAMES } from './event-names';
import { LiveError, type LiveClient } from './types';

function setup(overrides: { giveUpAfterMs?: number } = {}) {
  const clock = createManualClock();
  const fake = createFakeConnector();
  const client = createResilientLiveClient({
    getToken: fake.getToken,
    open: fake.open,
    clock,
    random: () => 0,
    ...overrides,
  });
  const heard: string[] = [];
  for (const name of LIVE_EVENT_NAMES) client.on(name, (p) => heard.push(label(name, p)));
  return { clock, fake, client, heard };
}

function label(name: string, p: object): string {
  if ('text' in p) return `${name}:${String(p.text)}`;
  if ('state' in p) return `${name}:${String(p.state)}${'step' in p ? `/${String(p.step)}` : ''}`;
  if ('cause' in p) return `${name}:${String(p.cause)}`;
  if ('code' in p) return `${name}:${String(p.code)}`;
  return name;
}

const say = (f: FakeConnector, text: string, n?: number) =>
  (n ? f.conns[n - 1] : f.last())?.emit({ type: 'outputTranscript', text });
const handle = (f: FakeConnector, h: string, resumable = true) =>
  f.last().emit({ type: 'resumption', handle: h, resumable });
const audio = (c: LiveClient, v: number) => c.sendAudio(new Int16Array([v]));

describe('createResilientLiveClient: connecting', () => {
  it('fetches a token, opens a new session and reports each step', async () => {
    const { fake, client, heard } = setup();
    await client.connect();
    expect(fake.log).toEqual(['open#1']);
    expect(heard).toEqual(['connection:connecting/token', 'connection:connecting/socket', 'connection:open']);
  });

  it('rejects with the server’s sentence when the token is refused', async () => {
    const { fake, client } = setup();
    fake.getToken = () =>
      Promise.reject(new ApiError(401, 'access_code', 'The access code is wrong. Check it in Settings.'));
    const c2 = createResilientLiveClient({ getToken: fake.getToken, open: fake.open, clock: createManualClock() });
    const err = await c2.connect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LiveError);
    expect(err).toMatchObject({ code: 'token', message: 'The access code is wrong. Check it in Settings.' });
    client.close();
  });

  it('rejects with a sentence when the socket cannot be opened', async () => {
    const { fake, client } = setup();
    fake.refuseOpens = 1;
    await expect(client.connect()).rejects.toMatchObject({
      code: 'connect-failed',
      message: expect.stringMatching(/could not connect/) as unknown,
    });
  });
});

describe('createResilientLiveClient: goAway (make-before-break)', () => {
  it('opens the next connection with the newest handle before closing the old one', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    handle(fake, 'h1');
    handle(fake, 'h2');
    fake.holdOpens = true;
    fake.conns[0]?.emit({ type: 'goAway', timeLeftMs: 50_000 });
    await clock.flush();
    audio(client, 1); // still goes to the old connection while the next one opens
    fake.conns[1]?.accept();
    await clock.flush();
    audio(client, 2);
    expect(fake.log).toEqual(['open#1', 'open#2(h2)', 'close#1']);
    expect(fake.conns[0]?.sent).toEqual(['audio:1']);
    expect(fake.conns[1]?.sent).toEqual(['audio:2']);
    expect(fake.tokens).toEqual(['t1', 't2']);
    expect(heard.filter((h) => !h.startsWith('connection'))).toEqual(['resumed:goAway']);
    expect(heard).not.toContain('connection:reconnecting');
  });

  it('ignores everything the old connection says after the switch', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    handle(fake, 'h1');
    fake.conns[0]?.emit({ type: 'goAway', timeLeftMs: 30_000 });
    await clock.flush();
    say(fake, 'late words', 1);
    fake.conns[0]?.emit({ type: 'turnComplete' });
    fake.conns[0]?.serverClose();
    say(fake, 'fresh words', 2);
    fake.conns[1]?.emit({ type: 'turnComplete' });
    await clock.advance(60_000);
    expect(heard.filter((h) => !h.startsWith('connection'))).toEqual([
      'resumed:goAway',
      'outputTranscript:fresh words',
      'turnComplete',
    ]);
    expect(fake.conns).toHaveLength(2);
  });

  it('lets the model finish its reply before switching, but not past the deadline', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    handle(fake, 'h1');
    say(fake, 'I am in the middle of a question');
    fake.conns[0]?.emit({ type: 'goAway', timeLeftMs: 20_000 });
    await clock.advance(1000);
    expect(fake.log).toEqual(['open#1']);
    fake.conns[0]?.emit({ type: 'turnComplete' });
    await clock.flush();
    expect(fake.log).toEqual(['open#1', 'open#2(h1)', 'close#1']);

    say(fake, 'another long reply', 2);
    fake.conns[1]?.emit({ type: 'goAway', timeLeftMs: 20_000 });
    await clock.advance(14_999);
    expect(fake.log).toHaveLength(3);
    await clock.advance(1);
    expect(fake.log).toEqual(['open#1', 'open#2(h1)', 'close#1', 'open#3(h1)', 'close#2']);
  });

  it('reopens when a newer handle arrived while the next connection was opening', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    handle(fake, 'h1');
    fake.holdOpens = true;
    fake.conns[0]?.emit({ type: 'goAway', timeLeftMs: 50_000 });
    await clock.flush();
    fake.conns[0]?.emit({ type: 'resumption', handle: 'h2', resumable: true });
    fake.conns[1]?.accept();
    await clock.flush();
    fake.conns[2]?.accept();
    await clock.flush();
    expect(fake.log).toEqual(['open#1', 'open#2(h1)', 'close#2', 'open#3(h2)', 'close#1']);
  });

  it('reopens with the newer handle even when the switch deadline has passed', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    handle(fake, 'h1');
    say(fake, 'Hello, and welcome');
    fake.holdOpens = true;
    // Less time left than the margin: the switch is due at once, mid-reply.
    fake.conns[0]?.emit({ type: 'goAway', timeLeftMs: 1000 });
    await clock.flush();
    fake.conns[0]?.emit({ type: 'turnComplete' });
    fake.conns[0]?.emit({ type: 'resumption', handle: 'h2', resumable: true });
    fake.conns[1]?.accept();
    await clock.flush();
    fake.conns[2]?.accept();
    await clock.flush();
    expect(fake.log).toEqual(['open#1', 'open#2(h1)', 'close#2', 'open#3(h2)', 'close#1']);
  });

  it('delivers what the new connection said before the switch, after the resumed event', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    fake.holdOpens = true;
    fake.conns[0]?.emit({ type: 'goAway' });
    await clock.flush();
    say(fake, 'early', 2);
    fake.conns[1]?.accept();
    await clock.flush();
    expect(heard.slice(-2)).toEqual(['resumed:goAway', 'outputTranscript:early']);
  });
});

describe('createResilientLiveClient: dropped connection', () => {
  it('reconnects at once with a fresh token and the handle, without a banner for a short gap', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    handle(fake, 'h5');
    fake.conns[0]?.serverClose(1006);
    await clock.advance(100);
    expect(fake.log).toEqual(['open#1', 'server closed #1', 'open#2(h5)']);
    expect(fake.tokens).toEqual(['t1', 't2']);
    expect(heard).toContain('resumed:drop');
    await clock.advance(5000);
    expect(heard).not.toContain('connection:reconnecting');
  });

  it('shows reconnecting once the gap outlasts 700 ms, then open again', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    fake.holdOpens = true;
    fake.last().serverClose();
    await clock.advance(699);
    expect(heard).not.toContain('connection:reconnecting');
    await clock.advance(1);
    expect(heard).toContain('connection:reconnecting');
    fake.last().accept();
    await clock.flush();
    expect(heard.slice(-2)).toEqual(['resumed:drop', 'connection:open']);
  });

  it('backs off between failed attempts and asks for a new token each time', async () => {
    const clock = createManualClock();
    const fake = createFakeConnector();
    const opensAt: number[] = [];
    const client = createResilientLiveClient({
      getToken: fake.getToken,
      open: (args) => (opensAt.push(clock.now()), fake.open(args)),
      clock,
      random: () => 0,
    });
    await client.connect();
    fake.refuseOpens = 3;
    fake.last().serverClose();
    await clock.advance(10_000);
    // immediately, then 250, 500 and 1000 ms apart (jitter pinned to the ceiling)
    expect(opensAt.map((t) => t - (opensAt[0] ?? 0))).toEqual([0, 0, 250, 750, 1750]);
    expect(fake.tokens).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(fake.conns.map((c) => c.token)).toEqual(['t1', 't2', 't3', 't4', 't5']);
  });

  it('keeps trying when the token server itself fails for a while', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    fake.failTokens = 2;
    fake.last().serverClose();
    await clock.advance(10_000);
    expect(fake.log.filter((l) => l === 'token failed')).toHaveLength(2);
    expect(heard).toContain('resumed:drop');
    expect(heard.at(-1)).toBe('connection:open');
  });

  it('gives up with a sentence after the time limit', async () => {
    const { fake, client, clock, heard } = setup({ giveUpAfterMs: 5000 });
    await client.connect();
    fake.refuseOpens = 1000;
    fake.last().serverClose();
    await clock.advance(20_000);
    expect(heard.slice(-2)).toEqual(['error:connection-lost', 'connection:closed']);
    const attempts = fake.conns.length;
    await clock.advance(60_000);
    expect(fake.conns.length).toBe(attempts);
  });

  it('drops audio while reconnecting but keeps typed answers and tool responses for the new connection', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    fake.holdOpens = true;
    fake.last().serverClose();
    await clock.flush();
    audio(client, 9);
    client.sendText('typed while offline');
    client.sendToolResponse('fc1', 'end_interview', {});
    fake.last().accept();
    await clock.flush();
    expect(fake.last().sent).toEqual(['text:typed while offline', 'tool:fc1:end_interview']);
  });

  it('does not reconnect after close()', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    client.close();
    await clock.advance(10_000);
    expect(fake.log).toEqual(['open#1', 'close#1']);
    expect(heard.at(-1)).toBe('connection:closed');
  });
});

describe('createResilientLiveClient: stalled model', () => {
  it('nudges a model that stays silent after an interruption, then moves to a new connection', async () => {
    const { fake, client, clock, heard } = setup();
    await client.connect();
    handle(fake, 'h3');
    fake.last().emit({ type: 'interrupted' });
    await clock.advance(9000);
    expect(fake.conns[0]?.sent).toEqual([expect.stringMatching(/^text:.*continue/) as unknown]);
    await clock.advance(6000);
    expect(fake.log).toEqual(['open#1', 'open#2(h3)', 'close#1']);
    expect(heard).toContain('resumed:watchdog');
    expect(fake.conns[1]?.sent).toEqual([expect.stringMatching(/^text:/) as unknown]);
  });

  it('leaves a model alone that answers in time', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    fake.last().emit({ type: 'inputTranscript', text: 'my answer' });
    await clock.advance(3000);
    say(fake, 'Thanks.');
    fake.last().emit({ type: 'turnComplete' });
    await clock.advance(60_000);
    expect(fake.conns[0]?.sent).toEqual([]);
    expect(fake.conns).toHaveLength(1);
  });
});
