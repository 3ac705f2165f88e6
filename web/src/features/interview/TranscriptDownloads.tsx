import type { Component } from 'solid-js';
import { downloadText } from '../../lib/download';
import { transcriptFileName, transcriptToJson, transcriptToMarkdown } from '../../lib/transcript-export';
import type { RoomTranscript } from './unsaved-transcript';

/** The transcript as the room holds it, as files: read when clicked, so it is always the latest. */
export const TranscriptDownloads: Component<{ transcript: () => RoomTranscript }> = (props) => {
  const save = (kind: 'md' | 'json') => {
    const { record, turns } = props.transcript();
    if (kind === 'md')
      downloadText(transcriptFileName(record, 'md'), transcriptToMarkdown(record, turns), 'text/markdown');
    else downloadText(transcriptFileName(record, 'json'), transcriptToJson(record, turns), 'application/json');
  };
  return (
    <p class="transcript-downloads">
      <button type="button" class="button" onClick={() => save('md')}>
        Download transcript (Markdown)
      </button>
      <button type="button" class="button" onClick={() => save('json')}>
        Download transcript (JSON)
      </button>
    </p>
  );
};
