import { Show, type Component } from 'solid-js';
import type { TurnWriterState } from '../../services/storage/turn-writer';
import { formatClock, spokenDuration } from '../../lib/format-time';
import { MicLevelBar } from './MicLevelBar';
import type { InterviewerActivity, SessionStatus } from './session-types';

const ACTIVITY_LABEL: Record<InterviewerActivity, string> = {
  listening: 'Listening',
  thinking: 'Thinking…',
  speaking: 'Speaking',
};

export function statusLabel(status: SessionStatus, activity: InterviewerActivity): string {
  if (status === 'reconnecting') return 'Reconnecting…';
  if (status === 'ending') return 'Wrapping up…';
  return ACTIVITY_LABEL[activity];
}

export const StatusBar: Component<{
  status: SessionStatus;
  activity: InterviewerActivity;
  elapsedMs: number;
  targetMs: number;
  micLevel: number;
  muted: boolean;
  /** Answers are typed: no microphone, so no level to show. */
  typed: boolean;
  saving: TurnWriterState;
}> = (props) => (
  <div class="status-bar">
    <p class="state" data-state={props.status === 'reconnecting' ? 'reconnecting' : props.activity} role="status">
      <span class="visually-hidden">Interviewer: </span>
      {statusLabel(props.status, props.activity)}
    </p>
    <p class="clock">
      <span aria-hidden="true">
        {formatClock(props.elapsedMs)} / {formatClock(props.targetMs)}
      </span>
      <span class="visually-hidden">
        {spokenDuration(props.elapsedMs)} of {spokenDuration(props.targetMs)}
      </span>
    </p>
    <Show when={!props.typed}>
      <p class="mic-meter">
        <span id="room-mic-label">{props.muted ? 'Mic muted' : 'Mic'}</span>
        <MicLevelBar labelledBy="room-mic-label" level={props.muted ? 0 : props.micLevel * 3} />
      </p>
    </Show>
    <Show when={props.saving.status === 'retrying' && props.saving}>
      {(s) => (
        <p class="save-warning" role="alert">
          {s().error.message} Mockingbird keeps trying; {s().pending} line{s().pending === 1 ? '' : 's'} not saved yet.
        </p>
      )}
    </Show>
  </div>
);
