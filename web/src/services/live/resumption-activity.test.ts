import { describe, expect, it } from 'vitest';
import { createResilientLiveClient } from './resumption';
import { createFakeConnector } from './testing/fake-connector';
import { createManualClock } from '../../lib/testing/manual-clock';

function setup(manualActivity: boolean) {
  const clock = createManualClock();
  const fake = createFakeConnector();
  const client = createResilientLiveClient({
    getToken: fake.getToken,
    open: fake.open,
    clock,
    random: () => 0,
    manualActivity,
  });
  return { clock, fake, client };
}

describe('createResilientLiveClient: manual activity', () => {
  it('marks a spoken answer with activityStart and activityEnd around its audio', async () => {
    const { fake, client } = setup(true);
    await client.connect();
    client.sendActivityStart();
    client.sendAudio(new Int16Array([7]));
    client.sendActivityStart();
    client.sendActivityEnd();
    client.sendActivityEnd();
    expect(fake.last().sent).toEqual(['activityStart', 'audio:7', 'activityEnd']);
  });

  it('gives text outside an answer a turn of its own, and puts text inside an open answer into it', async () => {
    const { fake, client } = setup(true);
    await client.connect();
    client.sendText('(Kick-off)');
    client.sendActivityStart();
    client.sendText('(One minute left)');
    client.sendActivityEnd();
    expect(fake.last().sent).toEqual([
      'activityStart',
      'text:(Kick-off)',
      'activityEnd',
      'activityStart',
      'text:(One minute left)',
      'activityEnd',
    ]);
  });

  it('never sends audioStreamEnd, which is for automatic detection only', async () => {
    const { fake, client } = setup(true);
    await client.connect();
    client.sendAudioStreamEnd();
    expect(fake.last().sent).toEqual([]);
  });

  it('opens an answer again on the next connection when goAway replaces the socket mid-answer', async () => {
    const { fake, client, clock } = setup(true);
    await client.connect();
    fake.last().emit({ type: 'resumption', handle: 'h1', resumable: true });
    client.sendActivityStart();
    fake.conns[0]?.emit({ type: 'goAway', timeLeftMs: 30_000 });
    await clock.flush();
    client.sendAudio(new Int16Array([3]));
    client.sendActivityEnd();
    expect(fake.conns[0]?.sent).toEqual(['activityStart']);
    expect(fake.conns[1]?.sent).toEqual(['activityStart', 'audio:3', 'activityEnd']);
  });

  it('asks for a cut reply again inside a turn of its own', async () => {
    const { fake, client, clock } = setup(true);
    await client.connect();
    fake.last().emit({ type: 'resumption', handle: 'h1', resumable: true });
    fake.last().emit({ type: 'outputTranscript', text: 'Tell me about' });
    fake.last().serverClose(1006);
    await clock.advance(2_000);
    expect(fake.conns[1]?.sent).toEqual([
      'activityStart',
      expect.stringMatching(/^text:\(The connection dropped/) as unknown,
      'activityEnd',
    ]);
  });

  it('sends no activity signals and keeps audioStreamEnd with the server’s own detection', async () => {
    const { fake, client } = setup(false);
    await client.connect();
    client.sendActivityStart();
    client.sendText('hello');
    client.sendActivityEnd();
    client.sendAudioStreamEnd();
    expect(fake.last().sent).toEqual(['text:hello', 'audioStreamEnd']);
  });
});
