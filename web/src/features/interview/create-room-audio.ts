// The room's microphone and player come from the app's entry and load apart from the first screen
// (usually already fetched while setup was idle). The room opens once they have loaded; a load
// that fails (the network went, the app was updated meanwhile) is a state the page can explain.
import { createSignal, type Accessor } from 'solid-js';
import type { RoomAudio, Services } from '../../app/services';

export type RoomAudioStatus = { kind: 'loading' } | { kind: 'ready'; audio: RoomAudio } | { kind: 'failed' };

export function createRoomAudio(load: Services['loadRoomAudio']): Accessor<RoomAudioStatus> {
  const [status, setStatus] = createSignal<RoomAudioStatus>({ kind: 'loading' });
  load().then(
    (audio) => setStatus({ kind: 'ready', audio }),
    () => setStatus({ kind: 'failed' }),
  );
  return status;
}
