import { useNavigate } from '@solidjs/router';
import { createSignal, Show, type Component } from 'solid-js';
import type { InterviewRecord, Turn } from '../../lib/interview';
import type { InterviewReport } from '../../../../contracts/report-schema.ts';
import { downloadText } from '../../lib/download';
import { transcriptFileName, transcriptToJson, transcriptToMarkdown } from '../../lib/transcript-export';
import { saveSetupForInterview } from '../../services/handoff/setup-handoff';
import { feedbackMarkdown } from './feedback-markdown';
import { drillSetup, pickWeakestQuestion, startInterview } from './next-interview';
import { feedbackOf } from './per-question-feedback';
import { ReviewBeforeStart, type PendingStart } from './ReviewBeforeStart';
import { speakingMarkdown } from './speaking-markdown';

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
  const [pending, setPending] = createSignal<PendingStart>();
  /** The transcript, how the candidate spoke, then the per-question feedback when there is a report. */
  const markdownWithFeedback = () => {
    const feedback = props.report ? feedbackMarkdown(props.report.perQuestion.map(feedbackOf), props.turns) : '';
    const speaking = speakingMarkdown(props.turns, props.record.setup.languageCode);
    return [transcriptToMarkdown(props.record, props.turns), speaking, feedback].filter(Boolean).join('\n');
  };
  const weakest = () => (props.report ? pickWeakestQuestion(props.report) : undefined);

  function start(setup: InterviewRecord['setup']): void {
    setPending(undefined);
    const result = startInterview(setup, saveSetupForInterview);
    if (result.ok) navigate(result.path);
    else setProblem(result.message);
  }

  return (
    <nav class="report-actions no-print" aria-label="Report actions">
      <div class="action-group">
        <button
          type="button"
          class="button button-primary"
          onClick={() => setPending({ setup: props.record.setup, kind: 'again' })}
        >
          Practise again
        </button>
        <Show when={weakest()}>
          {(note) => (
            <button
              type="button"
              class="button button-secondary"
              aria-label={`Drill my weakest answer: ${note().question}`}
              onClick={() => setPending({ setup: drillSetup(props.record.setup, note().question), kind: 'drill' })}
            >
              Drill my weakest answer
            </button>
          )}
        </Show>
      </div>
      <div class="action-group secondary-actions">
        {/* An interview where nothing was said has no transcript to download. */}
        <Show when={props.turns.length > 0}>
          <button
            type="button"
            class="button button-quiet button-small"
            aria-label="Download transcript (Markdown)"
            onClick={() =>
              downloadText(transcriptFileName(props.record, 'md'), markdownWithFeedback(), 'text/markdown')
            }
          >
            <span aria-hidden="true">↓</span> Transcript (Markdown)
          </button>
          <button
            type="button"
            class="button button-quiet button-small"
            aria-label="Download transcript (JSON)"
            onClick={() =>
              downloadText(
                transcriptFileName(props.record, 'json'),
                transcriptToJson(props.record, props.turns),
                'application/json',
              )
            }
          >
            <span aria-hidden="true">↓</span> Transcript (JSON)
          </button>
        </Show>
        <button type="button" class="button button-quiet button-small" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <Show when={props.report}>
          <button
            type="button"
            class="button button-quiet button-small"
            disabled={props.generating}
            onClick={() => props.onRegenerate()}
          >
            Regenerate report
          </button>
        </Show>
      </div>
      <ReviewBeforeStart pending={pending()} onStart={start} onCancel={() => setPending(undefined)} />
      <Show when={problem()}>
        <p class="action-problem" role="alert">
          {problem()}
        </p>
      </Show>
    </nav>
  );
};
