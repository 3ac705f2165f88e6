// The setup screen's state and its Start and Prepare actions, apart from the markup: form values,
// errors shown after the first Start or Prepare, the CV being read, the avatar offer, and the setup
// the prompt preview shows.
import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { createFields } from '../../lib/create-fields';
import type { InterviewSetup } from '../../lib/interview';
import { CV_TEXT_ID } from './CvTextEditor';
import { JOB_TEXT_ID, JOB_TITLE_ID } from './JobField';
import { TOPIC_INPUT_ID } from './TopicField';
import { createCvReading } from './create-cv-reading';
import { createServerCheck, SERVICE_NOTICE_ID } from './create-server-check';
import { createPrepare } from './create-prepare';
import { saveSetupForInterview } from '../../services/handoff/setup-handoff';
import {
  firstInvalidField,
  initialValues,
  toInterviewSetup,
  toPreferences,
  validateSetup,
  type SetupErrors,
  type SetupFormValues,
  type ValidatedField,
} from './setup-form';
import type { SetupDeps } from './setup-deps';
import type { SetupPreferences } from '../../services/preferences/types';

const FIELD_IDS: Record<ValidatedField, string> = {
  topic: TOPIC_INPUT_ID,
  cvText: CV_TEXT_ID,
  jobTitle: JOB_TITLE_ID,
  jobText: JOB_TEXT_ID,
};

export type StartStatus = { kind: 'editing' } | { kind: 'blocked'; message: string };

const stillReading = (action: string) =>
  `Your CV is still being read. Press ${action} again in a moment, or remove the CV.`;
const STORAGE_REFUSED =
  'Your browser would not store the interview settings (site storage is full or blocked). Allow storage for this site, then press Start interview again.';

export function createSetupForm(deps: SetupDeps) {
  const navigate = useNavigate();
  const saved = deps.preferences.load();
  const [values, setValues] = createFields<SetupFormValues>(initialValues(saved, navigator.languages));
  const [errors, setErrors] = createSignal<SetupErrors>({});
  const [submitted, setSubmitted] = createSignal(false);
  const [start, setStart] = createSignal<StartStatus>({ kind: 'editing' });
  const server = createServerCheck(deps.api);
  const avatarAvailable = server.avatarOn;
  const set = <K extends keyof SetupFormValues>(key: K, value: SetupFormValues[K]) => setValues(key, value);
  const cv = createCvReading(
    deps.documents,
    () => values.cvText,
    (text) => set('cvText', text),
  );
  /** The setup as it stands, for the prompt preview. */
  const setup = () => toInterviewSetup(values, avatarAvailable());

  /** Sets a text field; after a failed Start, errors follow the typing and clear once fixed. */
  const update = <K extends keyof SetupFormValues>(key: K, value: SetupFormValues[K]) => {
    set(key, value);
    if (submitted()) setErrors(validateSetup(values));
  };

  const remember = (patch: SetupPreferences) => deps.preferences.save({ ...deps.preferences.load(), ...patch });

  /** The setup when the form is ready for `action`; otherwise shows why and returns undefined. */
  function readySetup(action: string): InterviewSetup | undefined {
    setSubmitted(true);
    const found = validateSetup(values);
    setErrors(found);
    const first = firstInvalidField(found);
    if (first) return void document.getElementById(FIELD_IDS[first])?.focus();
    if (cv.source().kind === 'reading') return void setStart({ kind: 'blocked', message: stillReading(action) });
    setStart({ kind: 'editing' });
    remember(toPreferences(values));
    return toInterviewSetup(values, avatarAvailable());
  }

  function submit(event: SubmitEvent): void {
    event.preventDefault();
    // Start is shown disabled while live interviews are off; the notice at the top says why.
    if (server.liveOff()) return void document.getElementById(SERVICE_NOTICE_ID)?.scrollIntoView();
    const setup = readySetup('Start interview');
    if (!setup) return;
    const id = crypto.randomUUID();
    try {
      saveSetupForInterview(id, setup);
    } catch {
      return void setStart({ kind: 'blocked', message: STORAGE_REFUSED });
    }
    navigate(`/interview/${id}`);
  }

  const prep = createPrepare(deps.writePack, (id) => navigate(`/prep/${encodeURIComponent(id)}`));
  function prepare(): void {
    const setup = readySetup('Prepare');
    if (setup) prep.start(setup);
  }

  const blockedMessage = () => {
    const status = start();
    return status.kind === 'blocked' ? status.message : '';
  };

  return {
    values,
    set,
    update,
    errors,
    cv,
    setup,
    avatarAvailable,
    server,
    blockedMessage,
    submit,
    prepare,
    prep,
    savedMicId: saved.micDeviceId,
    remember,
  };
}
