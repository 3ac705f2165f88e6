import { useNavigate } from '@solidjs/router';
import { createSignal, type Component } from 'solid-js';
import { downloadText } from '../../lib/download';
import { prepFileName, prepToMarkdown } from './prep-markdown';
import { practiceSetup } from './prep-practice';
import type { PrepPack } from '../../services/storage/prep-pack';
import type { PrepPackRecord, Store } from '../../services/storage/types';
import { saveSetupForInterview } from '../../services/handoff/setup-handoff';
import { startPractice } from './practise';

type PractiseStatus = { kind: 'ready' } | { kind: 'starting' } | { kind: 'failed'; message: string };

/** Practise, download and print; hidden when printing. */
export const PrepActions: Component<{ record: PrepPackRecord; pack: PrepPack; store: Pick<Store, 'putPrepPack'> }> = (
  props,
) => {
  const navigate = useNavigate();
  const [status, setStatus] = createSignal<PractiseStatus>({ kind: 'ready' });
  const plan = () => practiceSetup(props.pack);
  const problem = () => {
    const current = status();
    return current.kind === 'failed' ? current.message : '';
  };

  async function practise(): Promise<void> {
    if (status().kind === 'starting') return;
    setStatus({ kind: 'starting' });
    const result = await startPractice(props.record, props.pack, { store: props.store, save: saveSetupForInterview });
    if (result.ok) navigate(result.path);
    else setStatus({ kind: 'failed', message: result.message });
  }

  const download = () =>
    downloadText(
      prepFileName(props.pack, props.record.createdAt),
      prepToMarkdown(props.pack, props.record.createdAt),
      'text/markdown',
    );

  return (
    <nav class="prep-actions no-print" aria-label="Preparation pack actions">
      <div class="practise">
        <button
          type="button"
          class="button button-primary"
          aria-describedby="practise-hint"
          onClick={() => void practise()}
        >
          Practise these questions
        </button>
        <p class="hint" id="practise-hint">
          A {plan().lengthMinutes}-minute spoken interview that asks these {plan().practiceQuestions?.length ?? 0}{' '}
          questions in order, with follow-ups.
        </p>
      </div>
      <div class="action-group">
        <button type="button" class="button button-quiet" onClick={download}>
          Download (Markdown)
        </button>
        <button type="button" class="button button-quiet" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <p class="action-problem" role="alert">
        {problem()}
      </p>
    </nav>
  );
};
