import { useNavigate } from '@solidjs/router';
import { createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import { createStore } from 'solid-js/store';
import { LEVELS, type Level } from '../../lib/interview';
import { buildSystemPrompt } from '../../lib/prompt';
import { ChoiceGroup } from './ChoiceGroup';
import { CV_TEXT_ID, CvField } from './CvField';
import { InterviewerFields } from './InterviewerFields';
import { JOB_TEXT_ID, JOB_TITLE_ID, JobField } from './JobField';
import { MicCheck } from './MicCheck';
import { PromptPreview } from './PromptPreview';
import { TOPIC_INPUT_ID, TopicField } from './TopicField';
import { createCvReading } from './create-cv-reading';
import { saveSetupForInterview } from './handoff';
import { firstInvalidField, initialValues, toInterviewSetup, toPreferences, validateSetup, type SetupErrors, type SetupFormValues, type ValidatedField } from './setup-form';
import { useSetupDeps } from './setup-deps';
import './setup.css';

const FIELD_IDS: Record<ValidatedField, string> = { topic: TOPIC_INPUT_ID, cvText: CV_TEXT_ID, jobTitle: JOB_TITLE_ID, jobText: JOB_TEXT_ID };

const LEVEL_CHOICES = LEVELS.map((level) => ({
  value: level,
  label: level,
  hint: { Beginner: 'New to it: fundamentals', Intermediate: 'Some experience: real situations', Advanced: 'Senior: depth and decisions' }[level],
}));

type StartStatus = { kind: 'editing' } | { kind: 'blocked'; message: string };

export default function SetupPage() {
  const deps = useSetupDeps();
  const navigate = useNavigate();
  const saved = deps.preferences.load();
  const [values, setValues] = createStore<SetupFormValues>(initialValues(saved, navigator.languages));
  const set = <K extends keyof SetupFormValues>(key: K, value: SetupFormValues[K]) => setValues(key, value);
  const [errors, setErrors] = createSignal<SetupErrors>({});
  const [submitted, setSubmitted] = createSignal(false);
  const [start, setStart] = createSignal<StartStatus>({ kind: 'editing' });
  const [avatarAvailable, setAvatarAvailable] = createSignal(false);
  const cv = createCvReading(deps.documents, () => values.cvText, (text) => set('cvText', text));
  const blockedMessage = () => {
    const status = start();
    return status.kind === 'blocked' ? status.message : '';
  };
  const prompt = createMemo(() => buildSystemPrompt(toInterviewSetup(values, avatarAvailable())));

  // After a failed Start, errors follow the typing so they disappear as soon as they are fixed.
  const update = <K extends keyof SetupFormValues>(key: K, value: SetupFormValues[K]) => {
    set(key, value);
    if (submitted()) setErrors(validateSetup(values));
  };

  onMount(() => {
    const controller = new AbortController();
    onCleanup(() => controller.abort());
    deps.api.health(controller.signal).then(
      (health) => setAvatarAvailable(health.features.avatar),
      () => setAvatarAvailable(false),
    );
  });

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = validateSetup(values);
    setErrors(found);
    const first = firstInvalidField(found);
    if (first) return document.getElementById(FIELD_IDS[first])?.focus();
    if (cv.source().kind === 'reading') return setStart({ kind: 'blocked', message: 'Your CV is still being read. Press Start interview again in a moment, or remove the CV.' });
    deps.preferences.save({ ...deps.preferences.load(), ...toPreferences(values) });
    const id = crypto.randomUUID();
    try {
      saveSetupForInterview(id, toInterviewSetup(values, avatarAvailable()));
    } catch {
      return setStart({ kind: 'blocked', message: 'Your browser would not store the interview settings (site storage is full or blocked). Allow storage for this site, then press Start interview again.' });
    }
    navigate(`/interview/${id}`);
  };

  return (
    <div class="setup">
      <header class="setup-intro">
        <h1>Practise a job interview, out loud</h1>
        <p>
          Choose a topic, add your CV if you like, and talk with an AI interviewer. Nothing leaves this browser until you press <strong>Start interview</strong>.
        </p>
      </header>
      <form class="setup-form" novalidate onSubmit={onSubmit} aria-label="Interview setup">
        <section class="card" aria-labelledby="setup-what">
          <h2 id="setup-what">What you want to practise</h2>
          <TopicField value={values.topic} error={errors().topic} onInput={(v) => update('topic', v)} />
          <ChoiceGroup<Level> legend="Level" name="setup-level" layout="cards" choices={LEVEL_CHOICES} value={values.level} onChange={(v) => set('level', v)} />
        </section>
        <section class="card" aria-labelledby="setup-about">
          <h2 id="setup-about">
            About you and the job <span class="optional">optional</span>
          </h2>
          <CvField cv={cv} text={values.cvText} error={errors().cvText} onText={(v) => update('cvText', v)} />
          <JobField title={values.jobTitle} text={values.jobText} errors={errors()} onTitle={(v) => update('jobTitle', v)} onText={(v) => update('jobText', v)} />
        </section>
        <section class="card" aria-labelledby="setup-interviewer">
          <h2 id="setup-interviewer">The interviewer</h2>
          <InterviewerFields values={values} avatarAvailable={avatarAvailable()} set={set} />
        </section>
        <section class="card" aria-labelledby="setup-mic">
          <h2 id="setup-mic">Microphone check</h2>
          <MicCheck deviceId={saved.micDeviceId} onDeviceChosen={(id) => deps.preferences.save({ ...deps.preferences.load(), micDeviceId: id })} />
        </section>
        <PromptPreview prompt={prompt()} />
        <div class="start-row">
          <button type="submit" class="button button-primary">
            Start interview
          </button>
          <p class="hint">Starting asks for your microphone and sends the text above to the interviewer.</p>
        </div>
        <p class="start-status" role="alert">
          {blockedMessage()}
        </p>
      </form>
    </div>
  );
}
