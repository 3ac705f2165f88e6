// Tavus Interactions Protocol messages the avatar sends and reads, as sent over Daily's
// app-message channel (field names checked in shared/docs/protocols.md).

/** Daily refuses app messages whose JSON is longer than this ("Message data too large"). */
export const DAILY_APP_MESSAGE_MAX_CHARS = 4096;

export const ECHO_SAMPLE_RATE = 24000;

export interface EchoAudioMessage {
  message_type: 'conversation';
  event_type: 'conversation.echo';
  conversation_id: string;
  properties: {
    modality: 'audio';
    /** base64 of little-endian mono PCM16 at 24 kHz. */
    audio: string;
    sample_rate: typeof ECHO_SAMPLE_RATE;
    /** One per utterance: changing it mid-utterance makes the replica drop audio. */
    inference_id: string;
    done: boolean;
  };
}

export interface EchoInterruptMessage {
  message_type: 'conversation';
  event_type: 'conversation.interrupt';
  conversation_id: string;
}

export type EchoMessage = EchoAudioMessage | EchoInterruptMessage;

export function echoAudioMessage(
  conversationId: string,
  inferenceId: string,
  audio: string,
  done: boolean,
): EchoAudioMessage {
  return {
    message_type: 'conversation',
    event_type: 'conversation.echo',
    conversation_id: conversationId,
    properties: { modality: 'audio', audio, sample_rate: ECHO_SAMPLE_RATE, inference_id: inferenceId, done },
  };
}

export function echoInterruptMessage(conversationId: string): EchoInterruptMessage {
  return { message_type: 'conversation', event_type: 'conversation.interrupt', conversation_id: conversationId };
}

/**
 * Reads a replica speaking event out of an app message, if it is one. Whether Tavus sends these
 * in echo mode is not certain, so callers also watch the replica's audio level.
 */
export function replicaSpeakingEvent(data: unknown): boolean | undefined {
  if (typeof data !== 'object' || data === null || !('event_type' in data)) return undefined;
  if (data.event_type === 'conversation.replica.started_speaking') return true;
  if (data.event_type === 'conversation.replica.stopped_speaking') return false;
  return undefined;
}
