// The room's voice-activity detector: opened on the room's microphone (it follows every capture
// run), told when the interviewer's voice plays so it can guard against its echo, closed with
// the room. What the interview does with its events (end of turn, barge-in, speaking times)
// belongs to the session.

import { onCleanup } from 'solid-js';
import type { MicSource, PcmPlayer } from '../../services/audio/types';
import { openDeferredDetector } from '../../services/voice-activity/deferred-detector';
import type { VoiceActivityDetector, VoiceActivityService } from '../../services/voice-activity/types';

export function createRoomVoiceActivity(o: {
  load: (() => Promise<VoiceActivityService>) | undefined;
  mic: MicSource;
  player: Pick<PcmPlayer, 'onPlaying'>;
}): VoiceActivityDetector | undefined {
  const detector = o.load && openDeferredDetector(o.load, o.mic);
  if (!detector) return undefined;
  const off = o.player.onPlaying((playing) => detector.setInterviewerPlaying(playing));
  onCleanup(() => {
    off();
    detector.close();
  });
  return detector;
}
