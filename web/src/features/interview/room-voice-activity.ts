// The room's voice-activity detector: opened on the room's microphone (it follows every capture
// run) and closed with the room. What the interview does with its events (end of turn,
// barge-in, speaking times) belongs to the session, which also tells it when the interviewer's
// voice (the player or the avatar) plays, so it can guard against its echo (turn/room-turns.ts).

import { onCleanup } from 'solid-js';
import type { MicSource } from '../../services/audio/types';
import { openDeferredDetector } from '../../services/voice-activity/deferred-detector';
import type { VoiceActivityDetector, VoiceActivityService } from '../../services/voice-activity/types';

export function createRoomVoiceActivity(o: {
  load: (() => Promise<VoiceActivityService>) | undefined;
  mic: MicSource;
}): VoiceActivityDetector | undefined {
  const detector = o.load && openDeferredDetector(o.load, o.mic);
  if (!detector) return undefined;
  onCleanup(() => detector.close());
  return detector;
}
