import { describe, expect, it } from 'vitest';
import { opusMimeType } from './chunk-encoder';

describe('opusMimeType', () => {
  it('takes WebM where the browser records it (Chromium, Firefox)', () => {
    expect(opusMimeType(() => true)).toBe('audio/webm;codecs=opus');
  });

  it('takes Ogg when WebM is refused, and MP4 after that (Safari)', () => {
    expect(opusMimeType((t) => t.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus');
    expect(opusMimeType((t) => t.startsWith('audio/mp4'))).toBe('audio/mp4;codecs=opus');
  });

  it('is undefined where no Opus container can be recorded, so recording is offered as unavailable', () => {
    expect(opusMimeType(() => false)).toBeUndefined();
  });
});
