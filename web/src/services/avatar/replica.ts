// Finding the Tavus replica among a Daily room's participants, and its media.

import type { DailyParticipantLike } from './daily-like';
import type { AvatarTracks } from './types';

/** Tavus gives its replica a user id containing this; other participants are us or observers. */
const REPLICA_MARK = 'tavus-replica';

export function isReplica(participant: DailyParticipantLike | null | undefined): participant is DailyParticipantLike {
  return !!participant && !participant.local && participant.user_id.includes(REPLICA_MARK);
}

export function findReplica(participants: Record<string, DailyParticipantLike>): DailyParticipantLike | undefined {
  return Object.values(participants).find(isReplica);
}

/** The persistent tracks: they survive mute/unmute, so elements need them only once. */
export function replicaTracks(participant: DailyParticipantLike): AvatarTracks {
  return { video: participant.tracks.video?.persistentTrack, audio: participant.tracks.audio?.persistentTrack };
}

export function sameTracks(a: AvatarTracks, b: AvatarTracks): boolean {
  return a.video === b.video && a.audio === b.audio;
}
