import { createSignal, Show } from 'solid-js';
import { LEVELS, type Level } from '../../lib/interview';
import { ChoiceGroup } from './ChoiceGroup';
import { CvField } from './CvField';
import { DeferredMicCheck } from './DeferredMicCheck';
import { InterviewerFields } from './InterviewerFields';
import { JobField } from './JobField';
import { PrepareStatusPanel } from './PrepareStatusPanel';
import { PromptPreview } from './PromptPreview';
import { RecordingChoice } from './RecordingChoice';
import { ReportOffNote, ServiceNotice } from './ServiceNotice';
import { MoreOptions } from './MoreOptions';
import { moreSummary } from './more-summary';
import { StartConfirmDialog } from './StartConfirmDialog';
import { TypedAnswersChoice } from './TypedAnswersChoice';
import { TopicField } from './TopicField';
import { createSetupForm } from './create-setup-form';
import { createVoiceSample } from './create-voice-sample';
import { VoiceSampleButton } from './VoiceSampleButton';
import type { WritePack } from './create-prepare';
import { useSetupDeps } from './setup-deps';
import { createVoiceActivityPreload } from './preload-voice-activity';
import '../../ui/form-fields.css';
import '../../ui/setup-form.css';
import './prepare.css';

const LEVEL_HINTS: Record<Level, string> = {
  Beginner: 'New to it: fundamentals',
  Intermediate: 'Some experience: real situations',
  Advanced: 'Senior: depth and decisions',
};
const LEVEL_CHOICES = LEVELS.map((level) => ({ value: level, label: level, hint: LEVEL_HINTS[level] }));

export default function SetupPage(props: { writePack: WritePack }) {
  const deps = useSetupDeps(props.writePack);
  const form = createSetupForm(deps);
  createVoiceActivityPreload(deps.loadVoiceActivity);
  const { values } = form;
  const sample = createVoiceSample(deps.api);
  let formEl: HTMLFormElement | undefined;
  let startButton: HTMLButtonElement | undefined;
  const [confirmingStart, setConfirmingStart] = createSignal(false);
  const [moreOpened, setMoreOpened] = createSignal(false);
  return (
    <div class="setup form-fields">
      <header class="setup-intro">
        <h1>Practise a job interview, out loud</h1>
        <p>
          Choose a topic, add your CV if you like, and talk with an AI interviewer. Nothing leaves this browser until
          you press <strong>Start interview</strong> or <strong>Prepare</strong>.
        </p>
      </header>
      <ServiceNotice check={form.server.check()} />
      <form
        ref={formEl}
        class="setup-form"
        novalidate
        onSubmit={(e) => form.submit(e)}
        onKeyDown={(e) => {
          // Enter in a one-line field submits the form (through Start); a paid live session and
          // the microphone should not open from a stray Enter, so it asks first.
          if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement) || form.server.liveOff()) return;
          if (['radio', 'checkbox', 'file'].includes(e.target.type)) return;
          e.preventDefault();
          setConfirmingStart(true);
        }}
        aria-label="Interview setup"
      >
        <div class="setup-main">
          <section class="card" aria-labelledby="setup-what">
            <h2 id="setup-what">What you want to practise</h2>
            <TopicField value={values.topic} error={form.errors().topic} onInput={(v) => form.update('topic', v)} />
            <ChoiceGroup<Level>
              legend="Level"
              name="setup-level"
              layout="cards"
              choices={LEVEL_CHOICES}
              value={values.level}
              onChange={(v) => form.set('level', v)}
            />
          </section>
          <section class="card" aria-labelledby="setup-about">
            <h2 id="setup-about">
              About you and the job <span class="optional">optional</span>
            </h2>
            <CvField
              cv={form.cv}
              text={values.cvText}
              error={form.errors().cvText}
              onText={(v) => form.update('cvText', v)}
            />
            <JobField
              title={values.jobTitle}
              text={values.jobText}
              errors={form.errors()}
              onTitle={(v) => form.update('jobTitle', v)}
              onText={(v) => form.update('jobText', v)}
            />
          </section>
        </div>
        <div class="start-row">
          <button
            ref={startButton}
            type="submit"
            class="button button-primary"
            aria-disabled={form.server.liveOff()}
            aria-describedby={form.server.liveOff() ? 'start-off-reason' : undefined}
          >
            Start interview
          </button>
          <button
            type="button"
            class="button button-secondary"
            aria-describedby="prepare-hint"
            // aria-disabled, not disabled: a disabled button would drop keyboard focus mid-wait.
            aria-disabled={form.prep.status().kind === 'preparing'}
            aria-busy={form.prep.status().kind === 'preparing'}
            onClick={() => form.prepare()}
          >
            {form.prep.status().kind === 'preparing' ? 'Preparing…' : 'Prepare'}
          </button>
          <Show when={form.server.liveOff()}>
            <p class="hint start-off" id="start-off-reason">
              Start is off until live interviews are switched on: see the top of this page.
            </p>
          </Show>
          <p class="hint">Starting asks for your microphone and sends your setup to the interviewer.</p>
          <p class="hint" id="prepare-hint">
            Prepare writes a printable pack of likely questions from your topic, CV and job description, without
            starting an interview.
          </p>
        </div>
        <ReportOffNote check={form.server.check()} />
        <PrepareStatusPanel
          status={form.prep.status()}
          onRetry={() => form.prepare()}
          onCancel={() => form.prep.cancel()}
        />
        <p class="start-status" role="alert">
          {form.blockedMessage()}
        </p>
        <MoreOptions summary={moreSummary(values, form.avatarAvailable())} onOpen={() => setMoreOpened(true)}>
          <section class="card" aria-labelledby="setup-interviewer">
            <h2 id="setup-interviewer">The interviewer</h2>
            <InterviewerFields
              values={values}
              avatarAvailable={form.avatarAvailable()}
              avatarOffReason={form.server.offReason('avatar')}
              voiceSample={
                <VoiceSampleButton
                  sample={sample}
                  voice={values.voice}
                  languageCode={values.languageCode}
                  offReason={form.server.offReason('voiceSample')}
                />
              }
              set={form.set}
            />
          </section>
          <section class="card" aria-labelledby="setup-mic">
            <h2 id="setup-mic">Microphone check</h2>
            <Show when={moreOpened()}>
              <DeferredMicCheck
                deviceId={form.savedMicId}
                onDeviceChosen={(id) => form.remember({ micDeviceId: id })}
              />
            </Show>
            <TypedAnswersChoice checked={values.typedAnswers} onChange={(v) => form.set('typedAnswers', v)} />
            <RecordingChoice
              checked={values.record}
              lengthMinutes={values.lengthMinutes}
              store={deps.store}
              onChange={(v) => form.set('record', v)}
            />
          </section>
          <PromptPreview setup={form.setup()} />
        </MoreOptions>
      </form>
      <StartConfirmDialog
        open={confirmingStart()}
        onCancel={() => setConfirmingStart(false)}
        onConfirm={() => {
          setConfirmingStart(false);
          formEl?.requestSubmit(startButton);
        }}
      />
    </div>
  );
}
