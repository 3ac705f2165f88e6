// Reads back, in Node, what the app sent to the fake replica: one entry per interviewer turn
// (inference id) with its audio decoded, so specs can compare it with what Gemini sent.

import type { FakeDailyRecord } from './fake-daily.ts';

export interface EchoedTurn {
  inferenceId: string;
  /** Mono PCM16 at 24 kHz, every message's audio joined in the order it was sent. */
  pcm: Int16Array;
  messages: number;
  /** Whether the turn's last message said done: true. */
  done: boolean;
}

interface EchoData {
  event_type?: string;
  properties?: { audio?: string; inference_id?: string; done?: boolean; sample_rate?: number };
}

export function echoedTurns(record: FakeDailyRecord): EchoedTurn[] {
  const turns = new Map<string, { chunks: Buffer[]; messages: number; done: boolean }>();
  for (const { data } of record.appMessages) {
    const m = data as EchoData;
    if (m.event_type !== 'conversation.echo' || !m.properties?.inference_id) continue;
    const id = m.properties.inference_id;
    const turn = turns.get(id) ?? { chunks: [], messages: 0, done: false };
    turn.chunks.push(Buffer.from(m.properties.audio ?? '', 'base64'));
    turn.messages++;
    turn.done = m.properties.done === true;
    turns.set(id, turn);
  }
  return [...turns].map(([inferenceId, t]) => {
    const bytes = Buffer.concat(t.chunks);
    const pcm = new Int16Array(bytes.length >> 1);
    for (let i = 0; i < pcm.length; i++) pcm[i] = bytes.readInt16LE(2 * i);
    return { inferenceId, pcm, messages: t.messages, done: t.done };
  });
}

export function interruptsSent(record: FakeDailyRecord): number {
  return record.appMessages.filter((m) => (m.data as EchoData).event_type === 'conversation.interrupt').length;
}
