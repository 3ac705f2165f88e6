import type { Component } from 'solid-js';
import type { InterviewerActivity } from './session-types';

/**
 * The interviewer, as a voice orb until the avatar issue adds a face. The orb swells with the
 * output level; it is decoration, so screen readers get the activity from the status line.
 */
export const InterviewerPanel: Component<{ activity: InterviewerActivity; level: number; reconnecting: boolean }> = (props) => (
  <figure class="interviewer" data-activity={props.reconnecting ? 'reconnecting' : props.activity}>
    <div class="orb" aria-hidden="true" style={{ '--level': Math.min(1, props.level * 2.5).toFixed(2) }}>
      <div class="orb-core" />
    </div>
    <figcaption>Interviewer</figcaption>
  </figure>
);
