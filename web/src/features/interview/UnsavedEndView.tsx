import { A } from '@solidjs/router';
import { onMount, type Component } from 'solid-js';
import { TranscriptDownloads } from './TranscriptDownloads';
import type { RoomTranscript } from './unsaved-transcript';

/**
 * The interview is over but this device did not keep all of it, so the room stays open rather
 * than move on to a report that would be missing lines. Focus moves here so it is heard.
 */
export const UnsavedEndView: Component<{ interviewId: string; transcript: () => RoomTranscript }> = (props) => {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section class="room-error unsaved-end" aria-labelledby="unsaved-end-title">
      <h2 id="unsaved-end-title" ref={heading} tabindex="-1">
        The interview is over, but not all of it could be saved
      </h2>
      <p>
        This browser would not store every line on this device, so the report could only use part of the interview.
        Download the transcript now to keep all of it; everything said is shown below.
      </p>
      <TranscriptDownloads transcript={props.transcript} />
      <p>
        <A href={`/report/${encodeURIComponent(props.interviewId)}`}>Open the report with what was saved</A>
      </p>
    </section>
  );
};
