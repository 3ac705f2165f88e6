import { isRecord } from '../shared/http.ts';

// Reads the few setup fields that change how the fake service behaves.

export function field(setup: Record<string, unknown> | undefined, ...path: string[]): unknown {
  let at: unknown = setup;
  for (const key of path) at = isRecord(at) ? at[key] : undefined;
  return at;
}

export function wantsInputTranscription(setup: Record<string, unknown> | undefined): boolean {
  return isRecord(field(setup, 'inputAudioTranscription'));
}

export function wantsOutputTranscription(setup: Record<string, unknown> | undefined): boolean {
  return isRecord(field(setup, 'outputAudioTranscription'));
}

export function wantsResumption(setup: Record<string, unknown> | undefined): boolean {
  return isRecord(field(setup, 'sessionResumption'));
}

export function resumptionHandle(setup: Record<string, unknown> | undefined): string | undefined {
  const handle = field(setup, 'sessionResumption', 'handle');
  return typeof handle === 'string' && handle !== '' ? handle : undefined;
}

/** `silenceDurationMs` from automatic activity detection, when the client tuned it. */
export function silenceDurationMs(setup: Record<string, unknown> | undefined): number | undefined {
  const value = field(setup, 'realtimeInputConfig', 'automaticActivityDetection', 'silenceDurationMs');
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** The client marks turns itself with activityStart/activityEnd. */
export function manualActivity(setup: Record<string, unknown> | undefined): boolean {
  return field(setup, 'realtimeInputConfig', 'automaticActivityDetection', 'disabled') === true;
}

/** Every function declaration in the setup's tools. */
export function functionDeclarations(setup: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const tools = field(setup, 'tools');
  if (!Array.isArray(tools)) return [];
  return tools.flatMap((tool) => {
    const declarations = isRecord(tool) ? tool.functionDeclarations : undefined;
    return Array.isArray(declarations) ? declarations.filter(isRecord) : [];
  });
}

/** Whether the setup declares a function the model may call. */
export function declaresFunction(setup: Record<string, unknown> | undefined, name: string): boolean {
  return functionDeclarations(setup).some((d) => d.name === name);
}

/** The declaration's explicit `behavior`, when it has one. */
export function functionBehavior(
  setup: Record<string, unknown> | undefined,
  name: string,
): 'BLOCKING' | 'NON_BLOCKING' | undefined {
  const behavior = functionDeclarations(setup).find((d) => d.name === name)?.behavior;
  return behavior === 'BLOCKING' || behavior === 'NON_BLOCKING' ? behavior : undefined;
}

/** The model the setup names, without `models/`. */
export function setupModel(setup: Record<string, unknown> | undefined): string | undefined {
  const model = field(setup, 'model');
  return typeof model === 'string' && model !== '' ? model.replace(/^models\//, '') : undefined;
}

/** Native-audio models refuse a TEXT response modality. */
export function asksForText(setup: Record<string, unknown> | undefined): boolean {
  const modalities = field(setup, 'generationConfig', 'responseModalities');
  return Array.isArray(modalities) && modalities.some((m) => m === 'TEXT');
}
