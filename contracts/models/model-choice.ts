import { DEFAULT_LIVE_MODEL, findLiveProfile, untestedLiveProfile, type LiveModelProfile } from './live-profiles.ts';
import { DEFAULT_TEXT_MODEL, findTextProfile, untestedTextProfile, type TextModelProfile } from './text-models.ts';

// Turns a model setting (GEMINI_LIVE_MODEL, GEMINI_REPORT_MODEL, or the model a token names)
// into its profile. Any model id is accepted so an owner can try a new one, but a model we
// have not tested gets one plain warning line saying so.

export interface ModelChoice<P> {
  profile: P;
  /** One line for the log when the choice is untested or known to be gone. */
  warning?: string;
}

export function chooseLiveModel(setting: string | undefined): ModelChoice<LiveModelProfile> {
  const id = bareId(setting) ?? DEFAULT_LIVE_MODEL;
  const known = findLiveProfile(id);
  if (known) {
    const warning =
      known.status === 'superseded'
        ? `Live model ${id} is a superseded preview that may be shut down; ${DEFAULT_LIVE_MODEL} is the current default.`
        : undefined;
    return { profile: known, ...(warning ? { warning } : {}) };
  }
  return {
    profile: untestedLiveProfile(id),
    warning: `Live model ${id} is untested with Mockingbird; its setup is limited to fields every known model accepts.`,
  };
}

export function chooseTextModel(setting: string | undefined): ModelChoice<TextModelProfile> {
  const id = bareId(setting) ?? DEFAULT_TEXT_MODEL;
  const known = findTextProfile(id);
  if (known?.status === 'shut_down') {
    return {
      profile: known,
      warning: `Report model ${id} has been shut down by Google; set GEMINI_REPORT_MODEL=${known.replacement ?? DEFAULT_TEXT_MODEL}.`,
    };
  }
  if (known) return { profile: known };
  return { profile: untestedTextProfile(id), warning: `Report model ${id} is untested with Mockingbird.` };
}

function bareId(setting: string | undefined): string | undefined {
  const trimmed = setting?.trim().replace(/^models\//, '');
  return trimmed ? trimmed : undefined;
}
