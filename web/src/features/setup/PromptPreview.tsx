import type { Component } from 'solid-js';
import type { InterviewSetup } from '../../lib/interview';
import { createPromptText } from './create-prompt-text';

const FAILED = 'The preview could not load (the connection may have dropped). Close it and open it again to retry.';

/** The exact instructions the interviewer will receive, updated as the form changes. */
export const PromptPreview: Component<{ setup: InterviewSetup }> = (props) => {
  const prompt = createPromptText(() => props.setup);
  const shown = () => {
    const now = prompt.text();
    return now.kind === 'ready' ? now.text : now.kind === 'failed' ? FAILED : '';
  };
  return (
    <details class="prompt-preview" onToggle={(e) => e.currentTarget.open && prompt.load()}>
      <summary>What the interviewer will see</summary>
      <p class="hint">
        This is everything sent to the interviewer when you press Start interview — nothing is sent before. Your topic,
        CV and job description sit inside marked blocks that the interviewer is told to treat as information, never as
        instructions.
      </p>
      <pre tabindex="0" aria-label="Interviewer instructions" aria-busy={prompt.text().kind === 'loading'}>
        {shown()}
      </pre>
    </details>
  );
};
