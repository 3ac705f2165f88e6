// The text models that write the report and the preparation pack, with the generation
// settings each one should get. Sources, as checked in December 2026:
// - ai.google.dev/gemini-api/docs/deprecations: gemini-2.5-flash shut down June 2026 at the
//   earliest; the 2.0 ids earlier. Later notices say the 2.5 ids were withdrawn by November 2026
//   and name gemini-3.8-flash as a replacement (protocols.md, "What changed by late 2026").
// - Gemini 3.8 Flash developer guide (Google Cloud docs): gemini-3.8-flash is GA, thinking
//   levels LOW / MEDIUM / HIGH, default MEDIUM; gemini-3.7-flash GA beside it.
// - Gemini 3 prompting guide (Google Cloud docs, "Temperature tuning"): keep temperature at its
//   default of 1.0; below 1.0 can cause looping or degraded performance on reasoning tasks.

export interface TextGenerationSettings {
  /** Undefined: leave the model's own default. */
  temperature?: number;
}

export interface TextModelProfile {
  id: string;
  status: 'stable' | 'preview' | 'shut_down' | 'untested';
  generation: TextGenerationSettings;
  /** For a shut-down model: what to use instead. */
  replacement?: string;
}

const GEMINI_3_SETTINGS: TextGenerationSettings = { temperature: 1.0 };

export const GEMINI_3_8_FLASH: TextModelProfile = {
  id: 'gemini-3.8-flash',
  status: 'stable',
  generation: GEMINI_3_SETTINGS,
};
export const GEMINI_3_7_FLASH: TextModelProfile = {
  id: 'gemini-3.7-flash',
  status: 'stable',
  generation: GEMINI_3_SETTINGS,
};

/** Models the API no longer serves: kept so a setting naming one gets a precise warning. */
const SHUT_DOWN: readonly TextModelProfile[] = [
  'gemini-2.5-flash',
  'gemini-2.5-pro',
  'gemini-2.0-flash',
  'gemini-2.0-flash-001',
].map((id) => ({ id, status: 'shut_down', generation: {}, replacement: GEMINI_3_8_FLASH.id }));

export const TEXT_MODEL_PROFILES: readonly TextModelProfile[] = [GEMINI_3_8_FLASH, GEMINI_3_7_FLASH, ...SHUT_DOWN];

export const DEFAULT_TEXT_MODEL = GEMINI_3_8_FLASH.id;

/** The profile of a known text model id (with or without `models/`), or undefined. */
export function findTextProfile(id: string): TextModelProfile | undefined {
  const bare = id.replace(/^models\//, '');
  return TEXT_MODEL_PROFILES.find((p) => p.id === bare);
}

/**
 * For a model missing from the table. A Gemini 3 id gets the Gemini 3 temperature; any other
 * keeps the model's own defaults, since a setting we have not tested could be refused.
 */
export function untestedTextProfile(id: string): TextModelProfile {
  return { id, status: 'untested', generation: /^gemini-3/.test(id) ? GEMINI_3_SETTINGS : {} };
}
