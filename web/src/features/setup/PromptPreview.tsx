import type { Component } from 'solid-js';

/** The exact instructions the interviewer will receive, updated as the form changes. */
export const PromptPreview: Component<{ prompt: string }> = (props) => (
  <details class="prompt-preview">
    <summary>What the interviewer will see</summary>
    <p class="hint">
      This is everything sent to the interviewer when you press Start interview — nothing is sent before. Your topic, CV
      and job description sit inside marked blocks that the interviewer is told to treat as information, never as
      instructions.
    </p>
    <pre tabindex="0" aria-label="Interviewer instructions">
      {props.prompt}
    </pre>
  </details>
);
