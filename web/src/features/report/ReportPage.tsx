import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, type Component } from 'solid-js';
import { useServices } from '../../app/services';
import type { InterviewRecord, Turn } from '../../lib/interview';
import { createReplay } from './create-replay';
import { createReportPage, type ReportPageState } from './create-report-page';
import { hasCandidateWords } from './report-request';
import { RecommendationSection, StrengthsAndImprovements, SummarySection } from './FeedbackSections';
import { feedbackOf } from './per-question-feedback';
import { QuestionSection } from './QuestionSection';
import { GenerationPanel } from './GenerationPanel';
import { RecordingPlayer } from './RecordingPlayer';
import { ReportActions } from './ReportActions';
import { ReportHeader } from './ReportHeader';
import { RubricSection } from './RubricSection';
import { SpeakingSection } from './SpeakingSection';
import { TranscriptSection } from './TranscriptSection';
import { errorOf, readyOf } from '../../ui/stored-load';
import '../../ui/page-kit.css';
import '../../ui/printable.css';
import './report.css';
import './replay.css';

/** Route /report/:id: the written feedback, speaking stats and transcript of one interview. */
export default function ReportPage() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <ReportForInterview id={id} />}
    </Show>
  );
}

const ReportForInterview: Component<{ id: string }> = (props) => {
  const services = useServices();
  const state = createReportPage(props.id, services);
  const loaded = () => readyOf(state.data());
  const failed = () => errorOf(state.data());
  return (
    <article class="report kit printable">
      <Switch>
        <Match when={state.data().status === 'loading'}>
          <p role="status">Opening the interview…</p>
        </Match>
        <Match when={state.data().status === 'missing'}>
          <h1>Interview not found</h1>
          <p>
            There is no interview with this address on this device. It may have been deleted, or saved in another
            browser. Open your <A href="/history">history</A>, or <A href="/">start a new interview</A>.
          </p>
        </Match>
        <Match when={state.data().status === 'unreadable'}>
          <h1>This interview cannot be shown</h1>
          <p>
            Its record on this device is damaged: a date or another value is out of range, perhaps from an edited
            backup. Open your <A href="/history">history</A> to delete it or to export your data.
          </p>
        </Match>
        <Match when={failed()}>
          {(data) => (
            <>
              <h1>The interview could not be opened</h1>
              <p role="alert">{data().message}</p>
            </>
          )}
        </Match>
        <Match when={loaded()}>
          {(data) => <LoadedReport record={data().record} turns={data().turns} state={state} />}
        </Match>
      </Switch>
    </article>
  );
};

const LoadedReport: Component<{ record: InterviewRecord; turns: Turn[]; state: ReportPageState }> = (props) => {
  const services = useServices();
  const report = () => props.state.report()?.report;
  const replay = createReplay(props.record.id, services.store);
  return (
    <>
      <ReportHeader record={props.record} turns={props.turns} report={report()} />
      <Show when={services.storageNotice}>
        <p class="storage-notice no-print">{services.storageNotice}</p>
      </Show>
      <GenerationPanel
        generation={props.state.generation()}
        hasReport={report() !== undefined}
        onGenerate={() => props.state.generate()}
        onCancel={() => props.state.cancel()}
      />
      <ReportActions
        record={props.record}
        turns={props.turns}
        report={report()}
        generating={props.state.generation().status === 'generating'}
        onRegenerate={() => props.state.generate()}
      />
      <Show when={report()}>
        {(r) => (
          <>
            <SummarySection report={r()} />
            <RubricSection report={r()} />
            <StrengthsAndImprovements report={r()} />
            <QuestionSection
              perQuestion={r().perQuestion.map(feedbackOf)}
              turns={props.turns}
              replay={replay.recording() ? replay : undefined}
            />
            <RecommendationSection report={r()} />
          </>
        )}
      </Show>
      {/* Nothing said by the candidate: no grid of empty figures, the transcript says why. */}
      <Show when={hasCandidateWords(props.turns)}>
        <SpeakingSection turns={props.turns} languageCode={props.record.setup.languageCode} />
      </Show>
      <div class="replay">
        <RecordingPlayer replay={replay} record={props.record} />
        <TranscriptSection turns={props.turns} replay={replay.recording() ? replay : undefined} />
      </div>
    </>
  );
};
