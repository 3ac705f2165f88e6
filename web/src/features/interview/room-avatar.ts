// The room's avatar, when the candidate chose it on the setup screen (offered only when the
// server has Tavus) and this app can open one.

import type { Clock } from '../../lib/clock';
import { createAvatarLink, type AvatarLink } from './avatar-link';
import type { InterviewServices } from './use-interview-services';

/** Tavus ends the conversation itself after this much more than the planned length. */
export const AVATAR_OVERRUN_MINUTES = 5;

export interface RoomAvatarOptions {
  interviewId: string;
  chosen: boolean;
  lengthMinutes: number;
  openAvatar: InterviewServices['openAvatar'];
  clock: Clock;
}

export function createRoomAvatar(o: RoomAvatarOptions): AvatarLink | undefined {
  const open = o.openAvatar;
  if (!o.chosen || !open) return undefined;
  const maxMinutes = o.lengthMinutes + AVATAR_OVERRUN_MINUTES;
  return createAvatarLink({
    open: (signal) => open({ interviewId: o.interviewId, maxMinutes, signal }),
    clock: o.clock,
  });
}
