// Subscribes a set of handlers to a call object's events and undoes it in one call.

import type { DailyLike, DailyLikeEvents, DailySubscribe } from './daily-like';

export type DailyHandlers = { [K in keyof DailyLikeEvents]: (event: DailyLikeEvents[K]) => void };

function each(method: DailySubscribe, h: DailyHandlers) {
  method('participant-joined', h['participant-joined']);
  method('participant-updated', h['participant-updated']);
  method('participant-left', h['participant-left']);
  method('track-started', h['track-started']);
  method('app-message', h['app-message']);
  method('error', h.error);
  method('left-meeting', h['left-meeting']);
  method('network-connection', h['network-connection']);
  method('remote-participants-audio-level', h['remote-participants-audio-level']);
}

/** Listens with every handler; the returned function removes them all again. */
export function subscribe(call: DailyLike, handlers: DailyHandlers): () => void {
  each(call.on.bind(call), handlers);
  return () => each(call.off.bind(call), handlers);
}
