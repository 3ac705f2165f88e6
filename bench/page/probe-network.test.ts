import { describe, expect, it } from 'vitest';
import { audioSamples } from './probe-network.ts';

describe('audioSamples', () => {
  it('counts PCM16 samples from the base64 length of a realtimeInput audio message', () => {
    for (const bytes of [640, 641, 642, 4096]) {
      const data = Buffer.alloc(bytes).toString('base64');
      const json = JSON.stringify({ realtimeInput: { audio: { data, mimeType: 'audio/pcm;rate=16000' } } });
      expect(audioSamples(json)).toBe(bytes / 2);
    }
  });

  it('says -1 for a message without audio data', () => {
    expect(audioSamples('{"realtimeInput":{"text":"hi"}}')).toBe(-1);
  });
});
