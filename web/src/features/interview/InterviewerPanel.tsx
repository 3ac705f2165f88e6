import { Show, type Component } from 'solid-js';
import type { AvatarLink } from './avatar-link';
import { AvatarView } from './AvatarView';
import type { InterviewerActivity } from './session-types';

/**
 * The interviewer: the avatar's face while it is the interviewer's voice, otherwise a voice orb
 * that swells with the output level. Both are decoration; screen readers get the activity from
 * the status line and the words from the captions.
 */
export const InterviewerPanel: Component<{
  activity: InterviewerActivity;
  level: number;
  reconnecting: boolean;
  avatar?: AvatarLink | undefined;
}> = (props) => (
  <figure
    class="interviewer"
    data-activity={props.reconnecting ? 'reconnecting' : props.activity}
    data-view={props.avatar ? 'avatar' : 'orb'}
  >
    <Show
      when={props.avatar}
      fallback={
        <div class="orb" aria-hidden="true" style={{ '--level': Math.min(1, props.level * 2.5).toFixed(2) }}>
          <div class="orb-core" />
        </div>
      }
    >
      {(link) => <AvatarView link={link()} />}
    </Show>
    <figcaption>Interviewer</figcaption>
  </figure>
);
