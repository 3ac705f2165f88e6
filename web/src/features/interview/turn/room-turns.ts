// Connects the room's detector to turn-taking: its speech edges become turn events, and it
// hears whether the interviewer is playing (it asks for more evidence then, against echo).
// Without a detector there is nothing to connect: the server's own detection ends turns.

import type { InterviewSetup } from '../../../lib/interview';
import type { VoiceActivityDetector } from '../../../services/voice-activity/types';
import type { InterviewerVoice } from '../voice-types';
import { createEndOfTurnPolicy } from './end-of-turn-policy';
import { createTurnTaking, type TurnTaking, type TurnTakingDeps } from './turn-taking';

export interface RoomTurnsOptions extends Omit<TurnTakingDeps, 'policy' | 'streamMs' | 'followStream' | 'voice'> {
  detector: VoiceActivityDetector | undefined;
  setup: Pick<InterviewSetup, 'patience' | 'languageCode'>;
  voice: Pick<InterviewerVoice, 'flush' | 'playing' | 'on'>;
}

export interface RoomTurns {
  turn: TurnTaking;
  /** Stops listening to the detector and the voice (the room, which opened the detector, closes it). */
  close(): void;
}

export function connectRoomTurns(o: RoomTurnsOptions): RoomTurns | undefined {
  const detector = o.detector;
  if (!detector) return undefined;
  const policy = createEndOfTurnPolicy({ patience: o.setup.patience, languageCode: o.setup.languageCode });
  const turn = createTurnTaking({
    ...o,
    policy,
    streamMs: () => detector.streamMs(),
    followStream: (on) => detector.followStream(on),
  });
  const offs = [
    detector.on((event) => {
      if (event.type !== 'detector') turn.handle(event);
    }),
    o.voice.on('change', () => detector.setInterviewerPlaying(o.voice.playing())),
  ];
  return {
    turn,
    close() {
      offs.forEach((off) => off());
      turn.stop();
    },
  };
}
