import type { FieldRule, LiveModelProfile } from '../../../contracts/models/live-profiles.ts';
import { field, functionDeclarations } from './setup-fields.ts';

// What the session's model refuses in a setup, from the profile table both the app and the
// fake read (contracts/models/live-profiles.ts, sources there). Wire paths are where
// @google/genai 3.1.0 puts each LiveConnectConfig field in the setup message
// (generationConfig.thinkingConfig, generationConfig.enableAffectiveDialog, proactivity).
// The real service answers a refused field with close 1007 and a reason naming it
// (vercel/ai #20695: "Request contains an invalid argument"); the fake's reasons name the
// field so a failing test says which.

export interface Refusal {
  code: number;
  reason: string;
}

const invalid = (what: string): Refusal => ({
  code: 1007,
  reason: `Request contains an invalid argument: ${what} is not supported by this model.`,
});

const refused = (rule: FieldRule): boolean => rule === 'refused';

/** The first field of `setup` the model refuses, or undefined when it accepts all of them. */
export function refusedField(profile: LiveModelProfile, setup: Record<string, unknown>): Refusal | undefined {
  const thinking = field(setup, 'generationConfig', 'thinkingConfig');
  if (
    field(setup, 'generationConfig', 'thinkingConfig', 'thinkingBudget') !== undefined &&
    refused(profile.thinking.budget)
  )
    return invalid('thinking_budget');
  const level = field(setup, 'generationConfig', 'thinkingConfig', 'thinkingLevel');
  if (level !== undefined && (refused(profile.thinking.level) || !profile.thinking.levels.some((l) => l === level)))
    return invalid(`thinking_level ${JSON.stringify(level)}`);
  if (thinking !== undefined && refused(profile.thinking.level) && refused(profile.thinking.budget))
    return invalid('thinking_config');
  if (field(setup, 'generationConfig', 'enableAffectiveDialog') !== undefined && refused(profile.affectiveDialog))
    return invalid('enable_affective_dialog');
  const proactive = field(setup, 'proactivity', 'proactiveAudio');
  if (proactive === true && refused(profile.proactiveAudio.true)) return invalid('proactive_audio');
  if (proactive === false && refused(profile.proactiveAudio.false)) return invalid('proactive_audio: false');
  for (const declaration of functionDeclarations(setup)) {
    const behavior = declaration.behavior;
    if ((behavior === 'BLOCKING' || behavior === 'NON_BLOCKING') && refused(profile.functionCalls.behavior[behavior]))
      return invalid(`function behavior ${behavior}`);
  }
  return undefined;
}

/** `scheduling` in a tool response, where the model runs no asynchronous calls. */
export function refusedToolResponse(profile: LiveModelProfile, responses: unknown[]): Refusal | undefined {
  const scheduled = responses.some((r) => typeof r === 'object' && r !== null && 'scheduling' in r);
  return scheduled && !profile.functionCalls.scheduling ? invalid('function_response.scheduling') : undefined;
}
