import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../lib/testing/manual-clock';
import { echoAudioMessage, echoInterruptMessage, type EchoMessage } from './echo-messages';
import { createEchoPacer, type EchoPacerOptions, type PacedEcho } from './echo-pacer';

const CHUNK_MS = 60;

function items(count: number, from = 0): PacedEcho[] {
  return Array.from({ length: count }, (_, i) => ({
    message: echoAudioMessage('c1', 'turn-1', `chunk-${from + i}`, false),
    audioMs: CHUNK_MS,
    arrivals: [],
  }));
}

function setup(extra: Partial<EchoPacerOptions> = {}) {
  const clock = createManualClock(1000);
  const sent: { at: number; message: EchoMessage }[] = [];
  const pacer = createEchoPacer({ clock, send: (message) => sent.push({ at: clock.now(), message }), ...extra });
  const audioOf = (m: EchoMessage) => (m.event_type === 'conversation.echo' ? m.properties.audio : 'interrupt');
  return { clock, pacer, sent, names: () => sent.map((s) => audioOf(s.message)) };
}

/** Most sends within any window of 1000 ms. */
function peakPerSecond(times: readonly number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
}

describe('createEchoPacer', () => {
  it('sends a whole reply in order, ahead of real time, and never more than 18 messages in a second', async () => {
    const { clock, pacer, sent, names } = setup();
    pacer.enqueue(items(100)); // 6 s of speech arriving at once, as Gemini often sends it
    await clock.advance(7000);
    expect(names()).toEqual(items(100).map((i) => i.message.properties.audio));
    expect(peakPerSecond(sent.map((s) => s.at))).toBeLessThanOrEqual(18);
    // Message k is needed by the replica once the k messages before it have been spoken.
    const start = sent[0]?.at ?? 0;
    sent.forEach((s, k) => expect(s.at, `message ${k}`).toBeLessThanOrEqual(start + k * CHUNK_MS));
  });

  it('opens a reply with a burst of about 300 ms, then keeps the lead near 300 ms', async () => {
    const { clock, pacer, sent } = setup();
    pacer.enqueue(items(60));
    expect(sent.length).toBe(6); // 0, 60, … 300 ms already buffered before each of them
    await clock.advance(5000);
    const start = sent[0]?.at ?? 0;
    sent.forEach((s, k) => {
      const buffered = start + k * CHUNK_MS - s.at; // audio ahead of the replica when this one left
      expect(buffered, `message ${k}`).toBeLessThanOrEqual(300);
      expect(buffered, `message ${k}`).toBeGreaterThanOrEqual(0);
    });
  });

  it('adds no delay when audio arrives slower than real time', async () => {
    const { clock, pacer, sent } = setup();
    for (let i = 0; i < 30; i++) {
      pacer.enqueue(items(1, i));
      expect(sent.at(-1)?.at).toBe(clock.now());
      await clock.advance(CHUNK_MS + 5);
    }
    expect(sent).toHaveLength(30);
  });

  it('on interrupt drops what is unsent, sends the interrupt at once, and starts the next turn with a fresh lead', async () => {
    const { clock, pacer, names } = setup();
    pacer.enqueue(items(40));
    await clock.advance(200);
    const before = names().length;
    pacer.interrupt(echoInterruptMessage('c1'));
    expect(pacer.pending()).toBe(0);
    expect(names().at(-1)).toBe('interrupt');
    // The replica dropped its buffer, so the new turn may open with a full 300 ms burst.
    pacer.enqueue(items(8, 100));
    expect(names().slice(before)).toEqual([
      'interrupt',
      ...['100', '101', '102', '103', '104', '105'].map((n) => `chunk-${n}`),
    ]);
    await clock.advance(3000);
    expect(names().slice(before + 7)).toEqual(['chunk-106', 'chunk-107']); // nothing of the old turn
  });

  it('stops and reports when sending fails, without sending anything after it', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const { clock, pacer } = setup({
      send: () => {
        if (++calls === 3) throw new Error('Message data too large');
      },
      onError: (err) => errors.push(err),
    });
    pacer.enqueue(items(20));
    await clock.advance(3000);
    expect(calls).toBe(3);
    expect(errors).toHaveLength(1);
    expect(pacer.pending()).toBe(0);
  });

  it('reports each sent message with its send time, and after dispose sends nothing more', async () => {
    const reported: number[] = [];
    const { clock, pacer, sent } = setup({ onSent: (_, at) => reported.push(at) });
    pacer.enqueue(items(20));
    await clock.advance(100);
    expect(reported).toEqual(sent.map((s) => s.at));
    pacer.dispose();
    const count = sent.length;
    await clock.advance(2000);
    pacer.enqueue(items(2));
    expect(sent).toHaveLength(count);
    expect(clock.pendingTimers()).toBe(0);
  });
});
