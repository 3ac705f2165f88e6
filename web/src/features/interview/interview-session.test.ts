import { describe, expect, it } from 'vitest';
import { micError } from '../../services/audio/mic-errors';
import { createManualClock } from '../../lib/testing/manual-clock';
import { LiveError } from '../../services/live/types';
import { createMemoryStore } from '../../services/storage/memory-store';
import { makeInterviewSession } from './interview-session';
import type { SessionSnapshot } from './session-types';
import { createFakeLiveClient, createFakeMic, createFakePlayer, type FakeLiveClient } from './testing/fakes';
import { SAMPLE_SETUP } from '../../lib/testing/sample-setup';

const setup = SAMPLE_SETUP;
const pcm = (v: number) => new Int16Array([v]);

function room(opts: { failConnects?: Error[] } = {}) {
  const clock = createManualClock(1000);
  const mic = createFakeMic();
  const player = createFakePlayer();
  const store = createMemoryStore();
  const clients: FakeLiveClient[] = [];
  const locks: string[] = [];
  const session = makeInterviewSession({
    interviewId: 'iv1',
    setup,
    createLiveClient: () => {
      const client = createFakeLiveClient();
      const failure = opts.failConnects?.shift();
      if (failure !== undefined) client.failConnect = failure;
      clients.push(client);
      return client;
    },
    mic,
    player,
    store,
    clock,
    wallClock: () => 1_700_000_000_000 + clock.now(),
    holdLock: (id) => (locks.push(`hold ${id}`), () => void locks.push(`release ${id}`)),
    endingTiming: { quietMs: 3000, maxWaitMs: 20_000 },
  });
  const statuses: string[] = [];
  session.subscribe((s: SessionSnapshot) => {
    const label = s.phase.status === 'preparing' ? `preparing:${s.phase.step}` : s.phase.status;
    if (statuses.at(-1) !== label) statuses.push(label);
  });
  const live = () => {
    const c = clients.at(-1);
    if (!c) throw new Error('no live client yet');
    return c;
  };
  return { clock, mic, player, store, clients, locks, session, statuses, live };
}

describe('makeInterviewSession: a whole interview', () => {
  it('runs from greeting through barge-in to the interviewer ending it, saving every turn in order', async () => {
    const { clock, mic, player, store, locks, session, statuses, live } = room();
    await session.start();
    expect(statuses).toEqual(['preparing:microphone', 'preparing:token', 'preparing:connecting', 'live']);
    expect(live().sent).toEqual([expect.stringMatching(/^text:.*Greet them/) as unknown]);
    expect(await store.getInterview('iv1')).toMatchObject({ status: 'live', setup });
    expect(locks).toEqual(['hold iv1']);

    // The greeting.
    live().emit('audio', { pcm: pcm(1) });
    player.setPlaying(true);
    expect(session.snapshot().activity).toBe('speaking');
    live().emit('outputTranscript', { text: 'Hello, welcome.' });
    live().emit('turnComplete', {});
    player.setPlaying(false);
    await clock.advance(2000);

    // The candidate answers; their audio goes out.
    mic.speak(5);
    live().emit('inputTranscript', { text: 'I am Sam.' });
    await clock.advance(1000);
    expect(session.snapshot().activity).toBe('thinking');

    // The interviewer replies, and the candidate barges in.
    live().emit('audio', { pcm: pcm(2) });
    live().emit('outputTranscript', { text: 'Nice to meet you. Tell me' });
    live().emit('inputTranscript', { text: 'Sorry,' });
    live().emit('interrupted', {});
    expect(player.flushes).toBe(1);
    live().emit('inputTranscript', { text: ' one question first.' });
    await clock.advance(1500);
    live().emit('audio', { pcm: pcm(3) });
    live().emit('outputTranscript', { text: 'Go ahead. Goodbye!' });
    live().emit('turnComplete', {});

    // The interviewer ends the interview; the goodbye is heard out.
    live().emit('toolCall', { id: 'fc9', name: 'end_interview', args: {} });
    expect(live().sent.at(-1)).toBe('tool:fc9:end_interview');
    player.setPlaying(true);
    await clock.advance(5000);
    expect(session.snapshot().phase).toEqual({ status: 'ending', by: 'interviewer' });
    player.setPlaying(false);
    await clock.advance(500);
    expect(session.snapshot().phase).toEqual({ status: 'ended', by: 'interviewer' });

    expect(player.played).toEqual([1, 2, 3]);
    expect(live().sent).toContain('audio:5');
    expect(live().closed).toBe(true);
    expect(mic.started).toBe(false);
    expect(player.closed).toBe(true);
    expect(locks).toEqual(['hold iv1', 'release iv1']);
    const turns = await store.listTurns('iv1');
    expect(turns.map((t) => `${t.seq} ${t.role}: ${t.text}`)).toEqual([
      '1 interviewer: Hello, welcome.',
      '2 candidate: I am Sam.',
      '3 interviewer: Nice to meet you. Tell me',
      '4 candidate: Sorry, one question first.',
      '5 interviewer: Go ahead. Goodbye!',
    ]);
    expect(turns[2]).toMatchObject({ interrupted: true });
    expect(turns[1]!.startMs).toBeLessThan(turns[2]!.startMs);
    const record = await store.getInterview('iv1');
    expect(record).toMatchObject({ status: 'ended' });
    expect(record?.durationMs).toBe(9750); // the first tick after the goodbye finished playing
  });

  it('lets the candidate end it at once, cutting the interviewer off', async () => {
    const { player, store, session, live } = room();
    await session.start();
    live().emit('audio', { pcm: pcm(1) });
    live().emit('outputTranscript', { text: 'So, tell me' });
    await session.end();
    expect(session.snapshot().phase).toEqual({ status: 'ended', by: 'candidate' });
    expect(player.flushes).toBe(1);
    expect((await store.listTurns('iv1')).map((t) => t.text)).toEqual(['So, tell me']);
    expect(await store.getInterview('iv1')).toMatchObject({ status: 'ended' });
  });
});

describe('makeInterviewSession: controls', () => {
  it('ignores a second start while starting or live', async () => {
    const { session, clients, statuses } = room();
    await Promise.all([session.start(), session.start()]);
    await session.start();
    expect(clients).toHaveLength(1);
    expect(statuses.filter((s) => s === 'live')).toHaveLength(1);
  });

  it('sends no audio while muted and tells the server the stream stopped', async () => {
    const { mic, session, live } = room();
    await session.start();
    session.setMuted(true);
    mic.speak(7);
    session.setMuted(false);
    mic.speak(8);
    expect(live().sent.slice(1)).toEqual(['audioStreamEnd', 'audio:8']);
    expect(mic.muted).toBe(false);
  });

  it('sends a typed answer as text and keeps it as the candidate’s turn', async () => {
    const { store, session, live } = room();
    await session.start();
    session.sendTypedAnswer('  I prefer async frameworks.  ');
    session.sendTypedAnswer('   ');
    expect(live().sent.at(-1)).toBe(
      'text:<<<BEGIN TYPED ANSWER>>>\nI prefer async frameworks.\n<<<END TYPED ANSWER>>>',
    );
    expect(session.snapshot().activity).toBe('thinking');
    expect(session.snapshot().turns.map((t) => t.text)).toEqual(['I prefer async frameworks.']);
    await Promise.resolve();
    expect((await store.listTurns('iv1')).map((t) => t.role)).toEqual(['candidate']);
  });

  it('leaves an interview the candidate walks away from as unfinished', async () => {
    const { clock, store, session, live } = room();
    await session.start();
    live().emit('outputTranscript', { text: 'Welcome.' });
    await clock.advance(4000);
    await session.dispose();
    expect(await store.getInterview('iv1')).toMatchObject({ status: 'unfinished', durationMs: 4000 });
    expect((await store.listTurns('iv1')).map((t) => t.text)).toEqual(['Welcome.']);
  });
});

describe('makeInterviewSession: trouble', () => {
  it('explains a blocked microphone and starts once it is allowed', async () => {
    const { mic, session, statuses } = room();
    mic.failStart = micError('denied');
    await session.start();
    expect(session.snapshot().phase).toEqual({
      status: 'error',
      kind: 'microphone',
      message: expect.stringMatching(/Microphone access is blocked/) as unknown,
      micReason: 'denied',
    });
    delete mic.failStart;
    await session.retry();
    expect(statuses.at(-1)).toBe('live');
  });

  it('goes on with typed answers when the microphone is refused, and the interviewer still speaks', async () => {
    const { mic, session, statuses, live } = room();
    mic.failStart = micError('denied');
    await session.start();
    expect(session.snapshot().phase).toMatchObject({ status: 'error', kind: 'microphone' });
    await session.typeInstead();
    expect(statuses.at(-1)).toBe('live');
    expect(session.snapshot().typedAnswers).toBe(true);
    // The kickoff tells the interviewer the answers are typed, so it does not ask to hear them.
    expect(live().sent[0]).toMatch(/^text:<<<APP CUE start>>> .*Greet them.*types their answers.*Never mention sound/);
    live().emit('audio', { pcm: pcm(1) });
    live().emit('outputTranscript', { text: 'Tell me about yourself.' });
    live().emit('turnComplete', {});
    session.sendTypedAnswer('I build payment services.');
    expect(live().sent).toContain('text:<<<BEGIN TYPED ANSWER>>>\nI build payment services.\n<<<END TYPED ANSWER>>>');
    expect(session.snapshot().turns.map((t) => t.role)).toEqual(['interviewer', 'candidate']);
  });

  it('asks for a click when the browser holds back sound', async () => {
    const { clock, player, session } = room();
    player.blockSound = true;
    const starting = session.start();
    await clock.advance(3000);
    await starting;
    expect(session.snapshot().phase).toMatchObject({ status: 'error', kind: 'audio-blocked' });
    player.blockSound = false;
    await session.retry();
    expect(session.snapshot().phase.status).toBe('live');
  });

  it('shows the token server’s sentence and connects on retry', async () => {
    const { session, clients } = room({
      failConnects: [new LiveError('token', 'The access code is wrong. Check it in Settings.')],
    });
    await session.start();
    expect(session.snapshot().phase).toEqual({
      status: 'error',
      kind: 'token',
      message: 'The access code is wrong. Check it in Settings.',
    });
    expect(clients[0]?.closed).toBe(true);
    await session.retry();
    expect(session.snapshot().phase.status).toBe('live');
    expect(clients).toHaveLength(2);
  });

  it('leaves no record behind for an attempt that never connected, and stores it once it does', async () => {
    const { session, store } = room({
      failConnects: [new LiveError('token', 'Live interviews are not configured on this server.')],
    });
    await session.start();
    expect(session.snapshot().phase.status).toBe('error');
    expect(await store.getInterview('iv1')).toBeUndefined();
    await session.retry();
    expect(await store.getInterview('iv1')).toMatchObject({ status: 'live' });
  });

  it('leaves nothing in history when the candidate gives up on an attempt that never connected', async () => {
    const { session, store } = room({ failConnects: [new Error('socket refused')] });
    await session.start();
    await session.dispose();
    expect(await store.listInterviews()).toEqual([]);
  });

  it('explains a connection that cannot be opened', async () => {
    const { session } = room({ failConnects: [new Error('socket refused')] });
    await session.start();
    expect(session.snapshot().phase).toMatchObject({
      status: 'error',
      kind: 'connection',
      message: expect.stringMatching(/could not connect/) as unknown,
    });
  });

  it('says so when the microphone is unplugged, takes typed answers meanwhile, and carries on after retry', async () => {
    const { mic, session, clients, live } = room();
    await session.start();
    mic.unplug();
    expect(session.snapshot().phase).toMatchObject({
      status: 'error',
      kind: 'microphone-lost',
      message: expect.stringMatching(/microphone stopped.*type your answers/) as unknown,
    });
    session.sendTypedAnswer('I would add an index.');
    expect(live().sent.at(-1)).toBe('text:<<<BEGIN TYPED ANSWER>>>\nI would add an index.\n<<<END TYPED ANSWER>>>');
    expect(session.snapshot().turns.at(-1)).toMatchObject({ role: 'candidate', text: 'I would add an index.' });
    await session.retry();
    expect(session.snapshot().phase.status).toBe('live');
    expect(clients).toHaveLength(1);
  });

  it('tells the interviewer at once when the candidate goes on by typing after the microphone stopped', async () => {
    const { mic, session, clients, live } = room();
    await session.start();
    expect(session.snapshot().typedAnswers).toBe(false);
    mic.unplug();
    await session.typeInstead();
    expect(live().sent.filter((m) => m.startsWith('text:<<<APP CUE typed>>> '))).toEqual([
      'text:<<<APP CUE typed>>> ' +
        'The candidate types their answers; there is no microphone. Never mention sound or hearing: read each typed answer and go on.',
    ]);
    expect(session.snapshot()).toMatchObject({ typedAnswers: true, phase: { status: 'live' } });
    expect(clients).toHaveLength(1);
  });

  it('shows reconnecting and holds the microphone back until the session is back', async () => {
    const { mic, session, statuses, live } = room();
    await session.start();
    live().emit('connection', { state: 'reconnecting' });
    mic.speak(3);
    live().emit('resumed', { cause: 'drop' });
    live().emit('connection', { state: 'open' });
    mic.speak(4);
    expect(statuses.slice(-2)).toEqual(['reconnecting', 'live']);
    expect(live().sent.filter((s) => s.startsWith('audio'))).toEqual(['audio:4']);
  });

  it('closes a line cut by a reconnect and keeps the next one separate', async () => {
    const { session, live } = room();
    await session.start();
    live().emit('outputTranscript', { text: 'Tell me about your' });
    live().emit('resumed', { cause: 'goAway' });
    live().emit('outputTranscript', { text: 'Tell me about your last role.' });
    live().emit('turnComplete', {});
    expect(session.snapshot().turns.map((t) => t.text)).toEqual(['Tell me about your last role.']);
  });

  it('keeps the transcript when the connection is lost for good, and continues it in a new session on retry', async () => {
    const { store, session, clients, live } = room();
    await session.start();
    live().emit('outputTranscript', { text: 'What is a generator?' });
    live().emit('turnComplete', {});
    live().emit('inputTranscript', { text: 'It yields values' });
    live().emit('error', { code: 'connection-lost', message: 'The connection to the interviewer was lost.' });
    expect(session.snapshot().phase).toEqual({
      status: 'error',
      kind: 'lost',
      message: 'The connection to the interviewer was lost.',
    });
    await Promise.resolve();
    expect((await store.listTurns('iv1')).map((t) => t.text)).toEqual(['What is a generator?', 'It yields values']);
    await session.retry();
    expect(clients).toHaveLength(2);
    expect(session.snapshot().phase.status).toBe('live');
    expect(live().sent[0]).toMatch(/Do not greet/);
    expect(live().sent[0]).toContain('Candidate: It yields values');
  });

  it('continues an interview that already has saved turns after a reload', async () => {
    const r = room();
    await r.store.createInterview({ id: 'iv1', setup, status: 'unfinished', createdAt: 1 });
    await r.store.putTurn('iv1', { seq: 1, role: 'interviewer', text: 'Hi there.', startMs: 0, endMs: 900 });
    await r.session.start();
    expect(r.live().sent[0]).toContain('Interviewer: Hi there.');
    r.session.sendTypedAnswer('Hello again.');
    await Promise.resolve();
    expect((await r.store.listTurns('iv1')).map((t) => `${t.seq}:${t.text}`)).toEqual([
      '1:Hi there.',
      '2:Hello again.',
    ]);
    expect(r.session.snapshot().turns).toHaveLength(2);
    expect(await r.store.getInterview('iv1')).toMatchObject({ status: 'live' });
  });
});
