import { For, Show, type Component, type JSX } from 'solid-js';
import { LENGTHS_MINUTES, PATIENCE, type LengthMinutes, type Patience } from '../../lib/interview';
import { LANGUAGES } from '../../lib/languages';
import { PATIENCE_LABELS } from '../../lib/interviewer/patience';
import { VOICES } from '../../lib/voices';
import { featureOffSentence } from '../../ui/feature-notices';
import { ChoiceGroup } from './ChoiceGroup';
import type { SetupFormValues } from './setup-form';

const LENGTH_CHOICES = LENGTHS_MINUTES.map((m) => ({ value: m, label: `${m} minutes` }));
const FACE_CHOICES = [
  { value: 'voice', label: 'Voice only', hint: 'An animated orb while the interviewer speaks' },
  { value: 'video', label: 'Video interviewer', hint: 'A talking face on screen that speaks the interviewer’s words' },
] as const;
const PATIENCE_CHOICES = PATIENCE.map((p) => ({
  value: p,
  label: PATIENCE_LABELS[p].label,
  hint: PATIENCE_LABELS[p].hint,
}));

export const InterviewerFields: Component<{
  values: SetupFormValues;
  avatarAvailable: boolean;
  /** The server's reason the video interviewer is off, once it has said so. */
  avatarOffReason?: string | undefined;
  /** "Hear a sample", under the voice choice. */
  voiceSample?: JSX.Element;
  set: <K extends keyof SetupFormValues>(key: K, value: SetupFormValues[K]) => void;
}> = (props) => (
  <>
    <div class="field-pair two-up">
      <div class="field">
        <label class="field-label" for="setup-voice">
          Voice
        </label>
        <select id="setup-voice" value={props.values.voice} onChange={(e) => props.set('voice', e.currentTarget.value)}>
          <For each={VOICES}>{(v) => <option value={v.name}>{`${v.name} — ${v.description}`}</option>}</For>
        </select>
        {props.voiceSample}
      </div>
      <div class="field">
        <label class="field-label" for="setup-language">
          Language
        </label>
        <select
          id="setup-language"
          value={props.values.languageCode}
          onChange={(e) => props.set('languageCode', e.currentTarget.value)}
        >
          <For each={LANGUAGES}>
            {(l) => (
              <option value={l.code}>
                {l.nativeName === l.name.split(' (')[0] ? l.name : `${l.name} · ${l.nativeName}`}
              </option>
            )}
          </For>
        </select>
      </div>
    </div>
    <ChoiceGroup<LengthMinutes>
      legend="Length"
      name="setup-length"
      layout="segmented"
      choices={LENGTH_CHOICES}
      value={props.values.lengthMinutes}
      onChange={(v) => props.set('lengthMinutes', v)}
    />
    <ChoiceGroup<Patience>
      legend="Patience"
      name="setup-patience"
      hint="How long a pause ends your turn."
      layout="cards"
      choices={PATIENCE_CHOICES}
      value={props.values.patience}
      onChange={(v) => props.set('patience', v)}
    />
    <Show when={props.avatarAvailable} fallback={<AvatarOffNote reason={props.avatarOffReason} />}>
      <ChoiceGroup<'voice' | 'video'>
        legend="How the interviewer appears"
        name="setup-face"
        layout="cards"
        choices={FACE_CHOICES}
        value={props.values.avatar ? 'video' : 'voice'}
        onChange={(v) => props.set('avatar', v === 'video')}
      />
    </Show>
  </>
);

/** Where the video interviewer choice would be: why it is not offered, so it is not a mystery. */
const AvatarOffNote: Component<{ reason: string | undefined }> = (props) => (
  <Show when={props.reason}>
    {(reason) => (
      <div class="field avatar-off">
        <p class="field-label">How the interviewer appears</p>
        <p class="hint">Voice only: {featureOffSentence('avatar', reason())}</p>
      </div>
    )}
  </Show>
);
