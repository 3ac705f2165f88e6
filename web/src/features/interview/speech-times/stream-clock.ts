// Maps the voice detector's clock (milliseconds of capture audio, counted from samples) onto
// the interview's clock (the time turns are stored in). Every detector event comes with a
// reading of both clocks; their difference is the offset plus however far the detector lags
// behind the microphone at that moment. Rules the mapping keeps:
// - the smallest difference seen is the best offset (the least lag);
// - a difference much larger than that (muted audio that never reached the detector, a detector
//   stalled for a while) means the clocks moved apart: start again from the new reading;
// - stream time going back means a new capture stream (the microphone restarted): start again.

/** A jump between the clocks larger than this is a new alignment, not lag. */
export const RESYNC_MS = 500;

export interface StreamClock {
  /** Both clocks read at the same moment (the detector's current stream time, interview time). */
  observe(streamNowMs: number, interviewNowMs: number): void;
  /** Interview time of a stream time; undefined before the first observation. */
  toInterviewMs(streamMs: number): number | undefined;
}

export function createStreamClock(): StreamClock {
  let offset: number | undefined;
  let lastStreamMs = -Infinity;
  return {
    observe(streamNowMs, interviewNowMs) {
      const seen = interviewNowMs - streamNowMs;
      const restarted = streamNowMs < lastStreamMs;
      lastStreamMs = streamNowMs;
      if (offset === undefined || restarted || seen > offset + RESYNC_MS || seen < offset) offset = seen;
    },
    toInterviewMs: (streamMs) => (offset === undefined ? undefined : streamMs + offset),
  };
}
