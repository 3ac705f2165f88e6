// A detector the room can hold at once while the real one's code is still loading (it is a
// lazy chunk, kept out of the first screen). Until then it says 'energy', reports stream time 0
// and remembers whether the interviewer plays and whether the stream is followed; once loaded it relays the real detector's
// events. Closed before that, it never opens one. A microphone that cannot feed a detector
// (no addCaptureConsumer: the bench's baseline path, test fakes) gets none.

import type { MicSource } from '../audio/types';
import type { VoiceActivityDetector, VoiceActivityEvent, VoiceActivityKind, VoiceActivityService } from './types';

export function openDeferredDetector(
  load: () => Promise<VoiceActivityService>,
  mic: Pick<MicSource, 'addCaptureConsumer'>,
): VoiceActivityDetector | undefined {
  if (!mic.addCaptureConsumer) return undefined;
  const listeners = new Set<(event: VoiceActivityEvent) => void>();
  let real: VoiceActivityDetector | undefined;
  let playing = false;
  let following = true;
  let closed = false;

  load().then(
    (service) => {
      if (closed) return;
      real = service.open(mic);
      real?.on((event) => listeners.forEach((cb) => cb(event)));
      if (playing) real?.setInterviewerPlaying(true);
      if (!following) real?.followStream(false);
    },
    // The code could not load (offline mid-update): the interview goes on without a detector.
    () => undefined,
  );

  return {
    kind: (): VoiceActivityKind => real?.kind() ?? 'energy',
    on(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    setInterviewerPlaying(on) {
      playing = on;
      real?.setInterviewerPlaying(on);
    },
    streamMs: () => real?.streamMs() ?? 0,
    followStream(on) {
      following = on;
      real?.followStream(on);
    },
    close() {
      closed = true;
      listeners.clear();
      real?.close();
    },
  };
}
