import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { RoomAudio } from '../../app/services';
import { createRoomAudio } from './create-room-audio';
import { createFakeMic, createFakePlayer } from './testing/fakes';

const audio: RoomAudio = { createMicSource: createFakeMic, createPcmPlayer: createFakePlayer };

describe('createRoomAudio', () => {
  it('is loading until the audio code arrives, then ready with it', async () => {
    await createRoot(async (dispose) => {
      let arrive: (loaded: RoomAudio) => void = () => undefined;
      const status = createRoomAudio(() => new Promise((resolve) => (arrive = resolve)));
      expect(status()).toEqual({ kind: 'loading' });
      arrive(audio);
      await Promise.resolve();
      expect(status()).toEqual({ kind: 'ready', audio });
      dispose();
    });
  });

  it('says the room could not load when the audio code does not arrive', async () => {
    await createRoot(async (dispose) => {
      const status = createRoomAudio(() =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      );
      await Promise.resolve();
      await Promise.resolve();
      expect(status()).toEqual({ kind: 'failed' });
      dispose();
    });
  });
});
