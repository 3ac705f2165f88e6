import type { LiveEventName } from './types';

// Every event a LiveClient emits, written once for those that must listen to all of them (the
// Live worker forwarding them to the page, tests recording what was heard). A record keyed by
// the event map, so an event added to LiveEvents fails to compile until it is listed here.
const EVERY_EVENT: Record<LiveEventName, true> = {
  audio: true,
  audioPlayed: true,
  outputTranscript: true,
  inputTranscript: true,
  interrupted: true,
  generationComplete: true,
  turnComplete: true,
  toolCall: true,
  connection: true,
  resumed: true,
  error: true,
};

export const LIVE_EVENT_NAMES = Object.keys(EVERY_EVENT) as LiveEventName[];
