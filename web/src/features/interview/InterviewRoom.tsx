import { useNavigate } from '@solidjs/router';
import { createEffect, Match, onMount, Show, Switch, type Component } from 'solid-js';
import type { RoomAudio } from '../../app/services';
import type { InterviewSetup } from '../../lib/interview';
import { systemClock } from '../../lib/clock';
import { holdLiveInterviewLock } from '../../services/storage/recovery';
import { Captions } from './Captions';
import { Controls } from './Controls';
import { createInterviewSession } from './create-interview-session';
import { createLevels } from './create-levels';
import { ErrorView } from './ErrorView';
import { InterviewerPanel } from './InterviewerPanel';
import { PreparingView } from './PreparingView';
import { recordingNotice } from './recording-notice';
import { createRoomRecording } from './room-recording';
import { createRoomAvatar } from './room-avatar';
import { createRoomVoiceActivity } from './room-voice-activity';
import { SelfView } from './SelfView';
import { liveSessionRequest } from './session-config';
import { isOver } from './session-machine';
import { StatusBar } from './StatusBar';
import { TranscriptDownloads } from './TranscriptDownloads';
import { TurnControls } from './TurnControls';
import { acceptsTypedAnswers } from './typed-answers';
import { hasUnsavedLines, roomTranscript } from './unsaved-transcript';
import { UnsavedEndView } from './UnsavedEndView';
import { useInterviewServices } from './use-interview-services';

/** Sound may only start after the person has clicked somewhere on the page (autoplay policy). */
const pageWasClicked = () =>
  (navigator as { userActivation?: { hasBeenActive: boolean } }).userActivation?.hasBeenActive ?? true;

export const InterviewRoom: Component<{ interviewId: string; setup: InterviewSetup; audio: RoomAudio }> = (props) => {
  const services = useInterviewServices();
  const navigate = useNavigate();
  const player = props.audio.createPcmPlayer();
  const mic = props.audio.createMicSource();
  const { interviewId, setup } = props;
  const voiceActivity = createRoomVoiceActivity({ load: services.loadVoiceActivity, mic });
  const avatar = createRoomAvatar({
    interviewId,
    chosen: setup.avatar,
    lengthMinutes: setup.lengthMinutes,
    openAvatar: services.openAvatar,
    clock: systemClock,
  });
  const { state, session } = createInterviewSession({
    interviewId,
    setup,
    createLiveClient: () =>
      services.liveClientFactory(liveSessionRequest(setup, { manualActivity: voiceActivity !== undefined })),
    mic,
    player,
    store: services.store,
    clock: systemClock,
    holdLock: (id) => holdLiveInterviewLock(id),
    ...(avatar ? { avatar } : {}),
    ...(voiceActivity ? { voiceActivity } : {}),
  });
  const recording = createRoomRecording({
    interviewId,
    enabled: setup.record === true,
    mic,
    player,
    store: services.store,
    state,
    ...(avatar ? { replicaVoice: avatar } : {}),
  });
  const levels = createLevels(() => session.levels(), systemClock);
  const openedAt = Date.now();
  const transcript = () => roomTranscript({ interviewId, setup, createdAt: openedAt, snapshot: state });
  // With lines missing from the device, the report would be missing them too: the room stays.
  const unsavedEnd = () => state.phase.status === 'ended' && hasUnsavedLines(state);
  // Sound needs a click: a page reached without one shows a button first (the session stays idle).
  onMount(() => pageWasClicked() && void session.start());
  createEffect(
    () =>
      state.phase.status === 'ended' &&
      !hasUnsavedLines(state) &&
      navigate(`/report/${encodeURIComponent(props.interviewId)}`),
  );

  const started = () => state.elapsedMs > 0 || state.turns.length > 0;
  const error = () => (state.phase.status === 'error' ? state.phase : undefined);
  const preparing = () => {
    const phase = state.phase;
    if (phase.status === 'idle') return { step: 'microphone' as const };
    return phase.status === 'preparing' && !started() ? phase : undefined;
  };
  const errorView = () => {
    const e = error();
    return (
      e && (
        <ErrorView
          kind={e.kind}
          message={e.message}
          micReason={e.micReason}
          canEnd={started()}
          onRetry={() => void session.retry()}
          onTypeInstead={() => void session.typeInstead()}
          onEnd={() => void session.end()}
        />
      )
    );
  };

  return (
    <section class="room" aria-labelledby="room-title">
      <h1 id="room-title" class="room-title">
        Interview: {props.setup.topic} <span class="level">({props.setup.level})</span>
      </h1>
      <Switch>
        <Match when={state.phase.status === 'idle' && !pageWasClicked()}>
          <div class="join">
            <p>Your interviewer is ready. Use headphones if you can, so it does not hear itself.</p>
            <button type="button" class="button primary" onClick={() => void session.start()}>
              Start the interview
            </button>
          </div>
        </Match>
        <Match when={preparing()}>
          {(p) => <PreparingView step={p().step} topic={props.setup.topic} avatar={!!avatar} />}
        </Match>
        <Match when={error() && !started()}>{errorView()}</Match>
        <Match when={true}>
          <Show when={unsavedEnd()}>
            <UnsavedEndView interviewId={interviewId} transcript={transcript} />
          </Show>
          <Show when={error()}>{errorView()}</Show>
          <div class="room-grid">
            <InterviewerPanel
              activity={state.activity}
              level={levels().output}
              reconnecting={state.phase.status === 'reconnecting'}
              avatar={state.avatar.status === 'live' ? avatar : undefined}
            />
            <SelfView />
            <StatusBar
              status={state.phase.status}
              activity={state.activity}
              elapsedMs={state.elapsedMs}
              targetMs={state.targetMs}
              micLevel={levels().mic}
              muted={state.muted}
              typed={state.typedAnswers}
              saving={state.saving}
            />
            <div class="notices" role="status">
              <Show when={state.notice ?? services.storageNotice}>{(n) => <p class="notice">{n()}</p>}</Show>
              <Show when={recordingNotice(recording())}>{(n) => <p class="notice recording-notice">{n()}</p>}</Show>
              <Show when={state.avatar.status === 'voice' && state.avatar.message}>
                {(m) => <p class="notice avatar-notice">{m()}</p>}
              </Show>
              <Show when={!unsavedEnd() && hasUnsavedLines(state)}>
                <TranscriptDownloads transcript={transcript} />
              </Show>
            </div>
            <Captions turns={state.turns} />
            <Show when={state.turn.status !== 'off' && !state.typedAnswers && !isOver(state.phase)}>
              <TurnControls
                turn={state.turn}
                onHold={(held) => session.holdTurn(held)}
                onDone={() => session.handOver()}
              />
            </Show>
            <Controls
              muted={state.muted}
              typed={state.typedAnswers}
              canAnswer={acceptsTypedAnswers(state.phase)}
              ending={state.phase.status === 'ending' || state.phase.status === 'ended'}
              onMute={(m) => session.setMuted(m)}
              onAnswer={(text) => session.sendTypedAnswer(text)}
              onEnd={() => void session.end()}
            />
          </div>
        </Match>
      </Switch>
    </section>
  );
};
