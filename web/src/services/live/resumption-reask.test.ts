import { describe, expect, it } from 'vitest';
import { createResilientLiveClient } from './resumption';
import { RESILIENCE_DEFAULTS } from './resumption-options';
import { createFakeConnector, type FakeConnector } from './testing/fake-connector';
import { createManualClock } from '../../lib/testing/manual-clock';
import { LiveError, type LiveEvents } from './types';

// Resumption after a reconnect that cut the interviewer mid-reply: the service never replays a
// cut reply (a handle restores the session as it was when issued, and no handle is issued while
// the model generates), so the client must ask for it, once, and say so.

const REASK = `text:${RESILIENCE_DEFAULTS.reaskText}`;
const NUDGE = `text:${RESILIENCE_DEFAULTS.nudgeText}`;

function setup() {
  const clock = createManualClock();
  const fake = createFakeConnector();
  const client = createResilientLiveClient({ getToken: fake.getToken, open: fake.open, clock, random: () => 0 });
  const resumed: LiveEvents['resumed'][] = [];
  const errors: LiveEvents['error'][] = [];
  client.on('resumed', (e) => resumed.push(e));
  client.on('error', (e) => errors.push(e));
  return { clock, fake, client, resumed, errors };
}

const resumable = (f: FakeConnector, h: string) => f.last().emit({ type: 'resumption', handle: h, resumable: true });
const generating = (f: FakeConnector, h?: string) =>
  f.last().emit({ type: 'resumption', resumable: false, ...(h ? { handle: h } : {}) });
const speak = (f: FakeConnector, text: string) => f.last().emit({ type: 'outputTranscript', text });

describe('createResilientLiveClient: a reply cut by a reconnect', () => {
  it('asks for the reply again after a drop mid-reply, and reports that it did', async () => {
    const { fake, client, clock, resumed } = setup();
    await client.connect();
    resumable(fake, 'h1');
    generating(fake);
    speak(fake, 'Tell me about a time you');
    fake.last().serverClose(1006);
    await clock.flush();
    expect(fake.log).toEqual(['open#1', 'server closed #1', 'open#2(h1)']);
    expect(fake.conns[1]?.sent).toEqual([REASK]);
    expect(resumed).toEqual([{ cause: 'drop', reasked: true }]);
  });

  it('never resumes from a handle sent with resumable:false, and asks again when the model was only generating', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    resumable(fake, 'h2');
    generating(fake, 'h3-while-generating');
    fake.last().serverClose(1011);
    await clock.flush();
    expect(fake.log.at(-1)).toBe('open#2(h2)');
    expect(fake.conns[1]?.sent).toEqual([REASK]);
  });

  it('does not ask again when the drop came between turns', async () => {
    const { fake, client, clock, resumed } = setup();
    await client.connect();
    generating(fake);
    speak(fake, 'What is a closure?');
    fake.last().emit({ type: 'turnComplete' });
    resumable(fake, 'h4');
    fake.last().serverClose(1006);
    await clock.flush();
    expect(fake.log.at(-1)).toBe('open#2(h4)');
    expect(fake.conns[1]?.sent).toEqual([]);
    expect(resumed).toEqual([{ cause: 'drop', reasked: false }]);
  });

  it('holds a goAway switch while the model generates, then switches with the newer handle and asks nothing', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    resumable(fake, 'h1');
    generating(fake);
    fake.last().emit({ type: 'goAway', timeLeftMs: 50_000 });
    await clock.advance(1000);
    expect(fake.log).toEqual(['open#1']);
    speak(fake, 'What would you change?');
    fake.last().emit({ type: 'turnComplete' });
    resumable(fake, 'h2');
    await clock.flush();
    expect(fake.log).toEqual(['open#1', 'open#2(h2)', 'close#1']);
    expect(fake.conns[1]?.sent).toEqual([]);
  });

  it('asks again when a goAway deadline forces the switch mid-reply', async () => {
    const { fake, client, clock, resumed } = setup();
    await client.connect();
    resumable(fake, 'h1');
    generating(fake);
    speak(fake, 'A long question that goes on');
    fake.last().emit({ type: 'goAway', timeLeftMs: 20_000 });
    await clock.advance(15_000);
    expect(fake.log).toEqual(['open#1', 'open#2(h1)', 'close#1']);
    expect(fake.conns[1]?.sent).toEqual([REASK]);
    expect(resumed).toEqual([{ cause: 'goAway', reasked: true }]);
  });

  it('after a stall mid-reply, the watchdog nudges once, then reconnects and asks for the reply instead of nudging again', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    resumable(fake, 'h1');
    client.sendText('my answer');
    generating(fake);
    await clock.advance(2000);
    speak(fake, 'Good. Now, how would');
    await clock.advance(9000);
    expect(fake.conns[0]?.sent).toEqual(['text:my answer', NUDGE]);
    await clock.advance(6000);
    expect(fake.log).toEqual(['open#1', 'open#2(h1)', 'close#1']);
    expect(fake.conns[1]?.sent).toEqual([REASK]);
  });

  it('sends a typed answer queued during the gap after the request for the cut reply', async () => {
    const { fake, client, clock } = setup();
    await client.connect();
    generating(fake);
    speak(fake, 'Why did you');
    fake.holdOpens = true;
    fake.last().serverClose(1006);
    await clock.flush();
    client.sendText('typed meanwhile');
    fake.last().accept();
    await clock.flush();
    expect(fake.last().sent).toEqual([REASK, 'text:typed meanwhile']);
  });
});

describe('createResilientLiveClient: closes no reconnect can mend', () => {
  it('ends the session at once with the model sentence when a reconnect finds the model retired', async () => {
    const { fake, client, clock, errors } = setup();
    await client.connect();
    fake.refuseOpens = 5;
    fake.refusal = new LiveError(
      'model-unavailable',
      'The interview server’s Gemini Live model is not available any more.',
    );
    fake.last().serverClose(1006);
    await clock.advance(60_000);
    expect(fake.conns).toHaveLength(2);
    expect(errors).toEqual([
      { code: 'connection-lost', message: 'The interview server’s Gemini Live model is not available any more.' },
    ]);
  });

  it('ends the session with the quota sentence when the live connection closes for quota, without reconnecting', async () => {
    const { fake, client, clock, errors } = setup();
    await client.connect();
    fake.last().serverClose(1011, 'RESOURCE_EXHAUSTED: You exceeded your current quota.');
    await clock.advance(60_000);
    expect(fake.conns).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/usage limit.*RESOURCE_EXHAUSTED.*Try again/);
  });

  it('keeps reconnecting through refused tokens: a fresh token may be accepted', async () => {
    const { fake, client, clock, errors, resumed } = setup();
    await client.connect();
    fake.refuseOpens = 2;
    fake.refusal = new LiveError('token', 'refused');
    fake.last().serverClose(1006);
    await clock.advance(5000);
    expect(fake.tokens).toEqual(['t1', 't2', 't3', 't4']);
    expect(errors).toEqual([]);
    expect(resumed).toHaveLength(1);
  });
});
