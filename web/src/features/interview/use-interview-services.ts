// The outside systems the interview room uses, from the app's Services (built in main.tsx); its
// audio comes loaded, as a prop (see InterviewPage).

import { useServices } from '../../app/services';
import type { Services } from '../../app/services';
import type { LiveClientFactory } from '../../services/live/types';
import type { RecordingStore } from './room-recording';
import type { RecordStore } from './session-record';

export interface InterviewServices {
  liveClientFactory: LiveClientFactory;
  store: RecordStore & RecordingStore;
  /** Set when IndexedDB is unavailable: the interview is kept in memory only. */
  storageNotice?: string;
  openAvatar?: Services['openAvatar'];
  loadVoiceActivity?: Services['loadVoiceActivity'];
}

export function useInterviewServices(): InterviewServices {
  return useServices();
}
