// The Live session seam: the interview logic talks to this, never to the SDK directly.

export interface LiveEvents {
  /** Reply audio: mono PCM16 at 24 kHz. */
  audio: { pcm: Int16Array };
  /** Transcription fragment of the interviewer's speech (outputTranscription). */
  outputTranscript: { text: string };
  /** Transcription fragment of the candidate's speech (inputTranscription). */
  inputTranscript: { text: string };
  /** The candidate barged in; queued reply audio must be dropped. */
  interrupted: Record<string, never>;
  generationComplete: Record<string, never>;
  turnComplete: Record<string, never>;
  toolCall: { id: string; name: string; args: Record<string, unknown> };
  /** State of the connection as the interview should show it. */
  connection: { state: 'connecting' | 'open' | 'reconnecting' | 'closed'; reason?: string };
  /** A failure that ended the session for good, with a user-facing sentence. */
  error: { code: string; message: string };
}

export type LiveEventName = keyof LiveEvents;

export interface LiveClient {
  connect(): Promise<void>;
  on<K extends LiveEventName>(event: K, cb: (payload: LiveEvents[K]) => void): () => void;
  /** Mono PCM16 at 16 kHz. Dropped silently while reconnecting (the candidate's audio is live, not replayable). */
  sendAudio(pcm: Int16Array): void;
  /** A typed answer, sent as realtime text. */
  sendText(text: string): void;
  sendToolResponse(id: string, name: string, response: Record<string, unknown>): void;
  close(): void;
}
