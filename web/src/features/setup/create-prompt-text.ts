// The interviewer's instructions for the preview, built by the prompt builder, which loads only
// when the preview is first opened: most visits never open it, so the first screen does without
// it. A failed load is said in the preview and tried again on the next opening.
import { createMemo, createSignal, type Accessor } from 'solid-js';
import type { InterviewSetup } from '../../lib/interview';

type BuildPrompt = (setup: InterviewSetup) => string;

export type PromptText = { kind: 'idle' | 'loading' | 'failed' } | { kind: 'ready'; text: string };

export function createPromptText(setup: Accessor<InterviewSetup>): { text: Accessor<PromptText>; load: () => void } {
  const [status, setStatus] = createSignal<
    { kind: 'idle' | 'loading' | 'failed' } | { kind: 'ready'; build: BuildPrompt }
  >({ kind: 'idle' });
  const load = () => {
    const now = status().kind;
    if (now === 'loading' || now === 'ready') return;
    setStatus({ kind: 'loading' });
    import('../../lib/interviewer/prompt').then(
      (m) => setStatus({ kind: 'ready', build: m.buildSystemPrompt }),
      () => setStatus({ kind: 'failed' }),
    );
  };
  const text = createMemo((): PromptText => {
    const now = status();
    return now.kind === 'ready' ? { kind: 'ready', text: now.build(setup()) } : now;
  });
  return { text, load };
}
