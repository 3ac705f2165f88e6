// The recording's sound: the candidate's microphone stream and the interviewer's voice (the
// player's output node) mixed into one mono MediaStream in the player's own AudioContext, so
// nothing opens a second microphone or a second context. The microphone passes a gain that
// mute sets to 0, since the raw stream keeps sounding while the room is muted. While a talking
// avatar is live the player is muted and the interviewer is heard through the replica's own
// voice track (Tavus over Daily), so that track joins the mix too; it is silent otherwise.

export interface MixGraph {
  stream: MediaStream;
  setMicMuted(muted: boolean): void;
  /** The avatar replica's voice track, mixed in beside the player (undefined takes it out). */
  setReplicaVoice(track: MediaStreamTrack | undefined): void;
  close(): void;
}

/**
 * Throws when the browser refuses the mix (e.g. a microphone at another rate, as Firefox may).
 * Without a microphone (a typed interview) only the interviewer is recorded.
 */
export function openMixGraph(mic: MediaStream | undefined, interviewer: AudioNode): MixGraph {
  const context = interviewer.context;
  if (!(context instanceof AudioContext)) throw new Error('The interviewer plays through an offline context.');
  const destination = context.createMediaStreamDestination();
  destination.channelCount = 1;
  const micSource = mic ? context.createMediaStreamSource(mic) : undefined;
  const micGain = context.createGain();
  micSource?.connect(micGain).connect(destination);
  interviewer.connect(destination);
  let replica: { track: MediaStreamTrack; source: MediaStreamAudioSourceNode } | undefined;
  return {
    stream: destination.stream,
    setMicMuted: (muted) => micGain.gain.setValueAtTime(muted ? 0 : 1, context.currentTime),
    setReplicaVoice(track) {
      if (replica?.track === track) return;
      replica?.source.disconnect();
      replica = track ? { track, source: context.createMediaStreamSource(new MediaStream([track])) } : undefined;
      replica?.source.connect(destination);
    },
    close: () => {
      replica?.source.disconnect();
      micSource?.disconnect();
      micGain.disconnect();
      interviewer.disconnect(destination);
      destination.stream.getTracks().forEach((track) => track.stop());
    },
  };
}
