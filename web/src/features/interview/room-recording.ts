// The optional recording, hooked beside the interview session rather than inside it: it starts
// when the room first goes live, follows mute and the transcript's turns, and stops when the
// interview ends or the room closes. The audio comes from the microphone and player the room
// already has (services/recording/mix-graph.ts).
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { MicSource, PcmPlayer } from '../../services/audio/types';
import { canRecordOpus, createMediaRecorderEncoder } from '../../services/recording/chunk-encoder';
import {
  makeInterviewRecorder,
  type InterviewRecorder,
  type RecorderStatus,
} from '../../services/recording/interview-recorder';
import { openMixGraph, type MixGraph } from '../../services/recording/mix-graph';
import type { Store } from '../../services/storage/types';
import type { SessionSnapshot } from './session-types';

export type RecordingStore = Pick<Store, 'getRecordingInfo' | 'putRecordingInfo' | 'appendRecordingChunk'>;

/** 'off': not chosen. A resumed interview records on as a new part of the recording it has. */
export type RoomRecording = RecorderStatus | { status: 'off' } | { status: 'unavailable' };

/** The talking avatar's voice (AvatarLink): while it is live the player is muted, so it is recorded instead. */
export interface ReplicaVoiceSource {
  voiceTrack(): MediaStreamTrack | undefined;
  onVoiceTrack(cb: (track: MediaStreamTrack | undefined) => void): () => void;
}

export interface RoomRecordingOptions {
  interviewId: string;
  enabled: boolean;
  mic: MicSource;
  player: PcmPlayer;
  store: RecordingStore;
  state: SessionSnapshot;
  replicaVoice?: ReplicaVoiceSource;
}

export function createRoomRecording(o: RoomRecordingOptions): Accessor<RoomRecording> {
  const [status, setStatus] = createSignal<RoomRecording>({ status: 'off' });
  let recorder: InterviewRecorder | undefined;
  let graph: MixGraph | undefined;
  let stopping: Promise<void> | undefined;
  let begun = false;
  let stopFollowingReplica: (() => void) | undefined;
  const turnStarts = () => o.state.turns.map((t) => ({ seq: t.seq, startMs: t.startMs }));

  async function begin(): Promise<void> {
    const earlier = await o.store.getRecordingInfo(o.interviewId).catch(() => undefined);
    if (stopping) return;
    const micStream = o.mic.stream?.();
    const interviewer = o.player.output?.();
    // A typed interview has no microphone: the interviewer's voice is still recorded.
    if (!interviewer || !canRecordOpus()) return void setStatus({ status: 'unavailable' });
    try {
      graph = openMixGraph(micStream, interviewer);
      graph.setMicMuted(o.state.muted);
      graph.setReplicaVoice(o.replicaVoice?.voiceTrack());
      const mix = graph;
      stopFollowingReplica = o.replicaVoice?.onVoiceTrack((track) => mix.setReplicaVoice(track));
      const mixed = graph.stream;
      recorder = makeInterviewRecorder({
        interviewId: o.interviewId,
        encoder: createMediaRecorderEncoder(mixed),
        store: o.store,
        interviewClock: () => o.state.elapsedMs,
        now: () => performance.now(),
        wallClock: () => Date.now(),
        onStatus: setStatus,
        ...(earlier ? { resume: earlier } : {}),
      });
    } catch {
      graph?.close();
      return void setStatus({ status: 'unavailable' });
    }
    await recorder.start();
    recorder.noteTurns(turnStarts());
  }

  function finish(): Promise<void> {
    stopping ??= (async () => {
      await recorder?.stop();
      stopFollowingReplica?.();
      graph?.close();
    })();
    return stopping;
  }

  if (o.enabled) {
    createEffect(
      on(
        () => o.state.phase.status,
        (phase, previous) => {
          if (phase === 'live' && previous !== 'live' && !begun) {
            begun = true;
            void begin();
          }
          if (phase === 'ending' || phase === 'ended') void finish();
        },
      ),
    );
    // Read before the optional call, so the effect tracks them even before recording starts.
    createEffect(() => {
      const muted = o.state.muted;
      graph?.setMicMuted(muted);
    });
    createEffect(() => {
      const starts = turnStarts();
      recorder?.noteTurns(starts);
    });
    onCleanup(() => void finish());
  }
  return status;
}
