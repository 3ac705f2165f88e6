import { For, Show, type Component } from 'solid-js';
import { downloadBlob } from '../../lib/download';
import type { InterviewRecord } from '../../lib/interview';
import { transcriptFileName } from '../../lib/transcript-export';
import { formatClock } from '../../lib/format-time';
import type { Replay } from './create-replay';
import { formatBytes } from '../../lib/format';

/** "mockingbird-x-2026-12-05.webm" → "…-part-2.webm" for a recording in parts. */
const partFileName = (name: string, part: number | undefined) =>
  part === undefined ? name : name.replace(/(\.\w+)$/, `-part-${part}$1`);
const extensionOf = (mimeType: string) =>
  mimeType.includes('ogg') ? 'ogg' : mimeType.includes('mp4') ? 'm4a' : 'webm';

/** The interview's recording, when recording was on; nothing at all when there is none. */
export const RecordingPlayer: Component<{ replay: Replay; record: InterviewRecord }> = (props) => (
  <Show when={props.replay.recording()}>
    {(r) => (
      <section class="report-section recording no-print" aria-labelledby="recording-heading">
        <h2 id="recording-heading">Recording</h2>
        <p class="hint">
          Kept only in this browser. Choose a line of the transcript to hear it, or play one answer on its own.
        </p>
        <audio
          ref={(el) => props.replay.attach(el)}
          controls
          preload="metadata"
          src={r().url}
          aria-label="Recording of the interview"
        >
          <p>This browser cannot play the recording.</p>
        </audio>
        <Show when={r().info.state !== 'complete'}>
          <p class="recording-cut">
            {r().info.stoppedBecause === 'quota'
              ? `The recording stopped at ${formatClock(r().info.durationMs)} because this device's storage was full.`
              : `The recording stops at ${formatClock(r().info.durationMs)}: it was cut short, so the rest of the interview was not recorded.`}
          </p>
        </Show>
        <Show when={r().parts.length > 1}>
          <p class="hint">
            The interview was resumed after a reload, so it was recorded in {r().parts.length} parts; they play one
            after the other.
          </p>
        </Show>
        {/* Each part is a file of its own: joined, most players would stop after the first. */}
        <For each={r().parts.length > 1 ? r().parts : [{ blob: r().blob }]}>
          {(part, i) => (
            <button
              type="button"
              class="button button-secondary"
              onClick={() =>
                downloadBlob(
                  partFileName(
                    transcriptFileName(props.record, extensionOf(r().info.mimeType)),
                    r().parts.length > 1 ? i() + 1 : undefined,
                  ),
                  part.blob,
                )
              }
            >
              {r().parts.length > 1 ? `Download part ${i() + 1} of the recording` : 'Download recording'} (
              {formatBytes(part.blob.size)})
            </button>
          )}
        </For>
      </section>
    )}
  </Show>
);
