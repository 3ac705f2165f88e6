// The outside systems the interview room uses, from the app's Services (built in main.tsx).

import { useServices } from '../../app/services';
import type { Services } from '../../app/services';
import type { MicSource, PcmPlayer } from '../../services/audio/types';
import type { LiveClientFactory } from '../../services/live/types';
import type { RecordingStore } from './room-recording';
import type { RecordStore } from './session-record';

export interface InterviewServices {
  liveClientFactory: LiveClientFactory;
  createMicSource: () => MicSource;
  createPcmPlayer: () => PcmPlayer;
  store: RecordStore & RecordingStore;
  /** Set when IndexedDB is unavailable: the interview is kept in memory only. */
  storageNotice?: string;
  openAvatar?: Services['openAvatar'];
  loadVoiceActivity?: Services['loadVoiceActivity'];
}

export function useInterviewServices(): InterviewServices {
  return useServices();
}
