import { useNavigate } from '@solidjs/router';
import { createSignal, Show, type Component } from 'solid-js';
import type { InterviewRecord, Turn } from '../../lib/interview';
import type { InterviewReport } from '../../lib/report-types';
import { downloadText } from '../../lib/download';
import { transcriptFileName, transcriptToJson, transcriptToMarkdown } from '../../lib/transcript-export';
import { saveSetupForInterview } from '../setup/handoff';
import { drillSetup, pickWeakestQuestion, startInterview } from './next-interview';

interface Props {
  record: InterviewRecord;
  turns: Turn[];
  report?: InterviewReport;
  generating: boolean;
  onRegenerate: () => void;
}

/** Everything the candidate can do with the report; hidden when printing. */
export const ReportActions: Component<Props> = (props) => {
  const navigate = useNavigate();
  const [problem, setProblem] = createSignal('');
  const weakest = () => (props.report ? pickWeakestQuestion(props.report) : undefined);

  function start(setup: InterviewRecord['setup']): void {
    const result = startInterview(setup, saveSetupForInterview);
    if (result.ok) navigate(result.path);
    else setProblem(result.message);
  }

  return (
    <nav class="report-actions no-print" aria-label="Report actions">
      <div class="action-group">
        <button type="button" class="button button-primary" onClick={() => start(props.record.setup)}>
          Practise again
        </button>
        <Show when={weakest()}>
          {(note) => (
            <button type="button" class="button button-secondary" onClick={() => start(drillSetup(props.record.setup, note().question))}>
              Drill my weakest answer
              <span class="visually-hidden">: {note().question}</span>
            </button>
          )}
        </Show>
      </div>
      <div class="action-group">
        <button
          type="button"
          class="button button-quiet"
          onClick={() => downloadText(transcriptFileName(props.record, 'md'), transcriptToMarkdown(props.record, props.turns), 'text/markdown')}
        >
          Download transcript (Markdown)
        </button>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => downloadText(transcriptFileName(props.record, 'json'), transcriptToJson(props.record, props.turns), 'application/json')}
        >
          Download transcript (JSON)
        </button>
        <button type="button" class="button button-quiet" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <Show when={props.report}>
          <button type="button" class="button button-quiet" disabled={props.generating} onClick={() => props.onRegenerate()}>
            Regenerate report
          </button>
        </Show>
      </div>
      <Show when={problem()}>
        <p class="action-problem" role="alert">
          {problem()}
        </p>
      </Show>
    </nav>
  );
};
