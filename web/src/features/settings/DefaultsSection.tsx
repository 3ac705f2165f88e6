import { createSignal, For, type Component } from 'solid-js';
import { LENGTHS_MINUTES, LEVELS, PATIENCE, type LengthMinutes, type Level, type Patience } from '../../lib/interview';
import { PATIENCE_LABELS } from '../../lib/interviewer/patience';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../lib/languages';
import { DEFAULT_VOICE, VOICES } from '../../lib/voices';
import type { PreferencesStore } from '../../services/preferences/types';

/** The option of `list` whose text is `value`; a select only offers these, so a miss keeps the old choice. */
function pick<T>(list: readonly T[], value: string, fallback: T): T {
  return list.find((item) => String(item) === value) ?? fallback;
}

/** The choices a new interview starts with; the setup screen remembers changes made there too. */
export const DefaultsSection: Component<{ preferences: PreferencesStore }> = (props) => {
  const saved = props.preferences.load();
  const [level, setLevel] = createSignal<Level>(saved.level ?? 'Intermediate');
  const [length, setLength] = createSignal<LengthMinutes>(saved.lengthMinutes ?? 20);
  const [voice, setVoice] = createSignal(saved.voice ?? DEFAULT_VOICE);
  const [language, setLanguage] = createSignal(saved.languageCode ?? DEFAULT_LANGUAGE);
  const [patience, setPatience] = createSignal<Patience>(saved.patience ?? 'normal');
  const [outcome, setOutcome] = createSignal('');

  function save(event: SubmitEvent): void {
    event.preventDefault();
    const ok = props.preferences.save({
      ...props.preferences.load(),
      level: level(),
      lengthMinutes: length(),
      voice: voice(),
      languageCode: language(),
      patience: patience(),
    });
    setOutcome(
      ok
        ? 'Saved. New interviews will start with these choices.'
        : 'This browser is not letting Mockingbird save settings (site data is blocked or full). Allow site data for this site and try again.',
    );
  }

  return (
    <section class="card" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">Interview defaults</h2>
      <p class="section-lead">What the setup screen starts with. You can still change each interview there.</p>
      <form class="settings-form defaults-grid" onSubmit={save}>
        <label class="field">
          <span class="field-label">Level</span>
          <select value={level()} onChange={(e) => setLevel(pick(LEVELS, e.currentTarget.value, level()))}>
            <For each={LEVELS}>{(l) => <option value={l}>{l}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">Length</span>
          <select
            value={String(length())}
            onChange={(e) => setLength(pick(LENGTHS_MINUTES, e.currentTarget.value, length()))}
          >
            <For each={LENGTHS_MINUTES}>{(m) => <option value={String(m)}>{m} minutes</option>}</For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">Interviewer voice</span>
          <select value={voice()} onChange={(e) => setVoice(e.currentTarget.value)}>
            <For each={VOICES}>{(v) => <option value={v.name}>{`${v.name} — ${v.description}`}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">Interview language</span>
          <select value={language()} onChange={(e) => setLanguage(e.currentTarget.value)}>
            <For each={LANGUAGES}>{(l) => <option value={l.code}>{l.name}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">Patience</span>
          <select
            value={patience()}
            aria-describedby="patience-hint"
            onChange={(e) => setPatience(pick(PATIENCE, e.currentTarget.value, patience()))}
          >
            <For each={PATIENCE}>{(p) => <option value={p}>{PATIENCE_LABELS[p].label}</option>}</For>
          </select>
          <span id="patience-hint" class="hint">
            {PATIENCE_LABELS[patience()].hint}
          </span>
        </label>
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            Save defaults
          </button>
        </div>
        <p role="status" class="form-outcome tone-ok">
          {outcome()}
        </p>
      </form>
    </section>
  );
};
