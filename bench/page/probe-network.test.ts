import { describe, expect, it } from 'vitest';
import { emptyProbeRecords } from './probe-empty.ts';
import { fingerprintPcm16 } from './probe-fingerprint.ts';
import { noteMessage, noteSend } from './probe-network.ts';
import type { ProbeState } from './probe-state.ts';

const freshState = (): ProbeState => ({ lastAudioMessageAt: Number.NEGATIVE_INFINITY, reading: Promise.resolve() });

describe('noteSend', () => {
  it('fingerprints the bytes an audio message carries exactly as the chunk they came from', () => {
    const r = emptyProbeRecords();
    const pcm = Int16Array.from({ length: 320 }, (_, i) => (i * 97) % 2000);
    const data = Buffer.from(pcm.buffer).toString('base64');
    noteSend(r, 0, JSON.stringify({ realtimeInput: { audio: { data, mimeType: 'audio/pcm;rate=16000' } } }));
    expect(r.sends).toHaveLength(1);
    expect(r.sends[0]?.key).toBe(fingerprintPcm16(pcm));
  });

  it('notes when an answer opens, and records no send for messages without audio', () => {
    const r = emptyProbeRecords();
    noteSend(r, 0, JSON.stringify({ realtimeInput: { activityStart: {} } }));
    expect(r.activityStarts).toHaveLength(1);
    expect(r.sends).toHaveLength(0);
  });
});

describe('noteMessage', () => {
  it('reads binary frames (as the service sends them) in arrival order, timed when they arrived', async () => {
    const r = emptyProbeRecords();
    const state = freshState();
    const audio = JSON.stringify({
      serverContent: { modelTurn: { parts: [{ inlineData: { mimeType: 'audio/pcm;rate=24000', data: 'AAAA' } }] } },
    });
    const before = performance.now();
    noteMessage(r, state, 0, new Blob([audio]));
    noteMessage(r, state, 0, new Blob([JSON.stringify({ goAway: { timeLeft: '5s' } })]));
    const after = performance.now();
    await state.reading;
    expect(r.replyStarts).toHaveLength(1);
    expect(r.replyStarts[0]).toBeGreaterThanOrEqual(before);
    expect(r.replyStarts[0]).toBeLessThanOrEqual(after);
    expect(r.goAways).toHaveLength(1);
    expect(r.uninspectedMessages).toBe(0);
  });
});
