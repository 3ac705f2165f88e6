import { For, Show, type Component } from 'solid-js';
import { LENGTHS_MINUTES, PATIENCE, type LengthMinutes, type Patience } from '../../lib/interview';
import { LANGUAGES } from '../../lib/languages';
import { PATIENCE_LABELS } from '../../lib/patience';
import { VOICES } from '../../lib/voices';
import { ChoiceGroup } from './ChoiceGroup';
import type { SetupFormValues } from './setup-form';

const LENGTH_CHOICES = LENGTHS_MINUTES.map((m) => ({ value: m, label: `${m} minutes` }));
const PATIENCE_CHOICES = PATIENCE.map((p) => ({ value: p, label: PATIENCE_LABELS[p].label, hint: PATIENCE_LABELS[p].hint }));

export const InterviewerFields: Component<{
  values: SetupFormValues;
  avatarAvailable: boolean;
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
      </div>
      <div class="field">
        <label class="field-label" for="setup-language">
          Language
        </label>
        <select id="setup-language" value={props.values.languageCode} onChange={(e) => props.set('languageCode', e.currentTarget.value)}>
          <For each={LANGUAGES}>{(l) => <option value={l.code}>{l.nativeName === l.name.split(' (')[0] ? l.name : `${l.name} · ${l.nativeName}`}</option>}</For>
        </select>
      </div>
    </div>
    <ChoiceGroup<LengthMinutes> legend="Length" name="setup-length" layout="segmented" choices={LENGTH_CHOICES} value={props.values.lengthMinutes} onChange={(v) => props.set('lengthMinutes', v)} />
    <ChoiceGroup<Patience>
      legend="Patience"
      name="setup-patience"
      hint="How long a pause ends your turn."
      layout="cards"
      choices={PATIENCE_CHOICES}
      value={props.values.patience}
      onChange={(v) => props.set('patience', v)}
    />
    <Show when={props.avatarAvailable}>
      <div class="field checkbox-field">
        <input id="setup-avatar" type="checkbox" checked={props.values.avatar} onChange={(e) => props.set('avatar', e.currentTarget.checked)} aria-describedby="setup-avatar-hint" />
        <label class="field-label" for="setup-avatar">
          Avatar
        </label>
        <p id="setup-avatar-hint" class="hint">
          Show a talking video face that speaks the interviewer’s words.
        </p>
      </div>
    </Show>
  </>
);
