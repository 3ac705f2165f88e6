// The one calm line the room shows when a reconnect cut the interviewer mid-reply and the
// model was asked to say it again (services/live/reply-cut.ts): without it the candidate hears
// a sentence stop and start over and cannot tell why. It goes once the interviewer's turn is
// over again.

export const REASK_NOTICE =
  'The connection dropped for a moment while the interviewer was speaking, so they will say that again.';

export interface ReaskNotice {
  /** A connection switch; `reasked` when it cut a reply that is now being asked for again. */
  resumed(reasked: boolean | undefined): void;
  turnOver(): void;
  text(): string | undefined;
}

export function createReaskNotice(): ReaskNotice {
  let shown = false;
  return {
    resumed: (reasked) => void (shown = reasked === true),
    turnOver: () => void (shown = false),
    text: () => (shown ? REASK_NOTICE : undefined),
  };
}
