import { LIVE_MODEL_PROFILES } from '../../../contracts/models/live-profiles.ts';
import { TEXT_MODEL_PROFILES } from '../../../contracts/models/text-models.ts';

// The models the fake serves, and by which method. The real service answers 404 NOT_FOUND for
// a model it does not have (shut down, misspelt) and for a model asked through a method it
// does not support (a Live model on generateContent); protocols.md "A model that is gone".
// The Live side reads the same catalog to refuse unknown models with its 1008 close.

export type ModelMethod = 'generateContent' | 'bidiGenerateContent';

export interface FakeModel {
  id: string;
  methods: readonly ModelMethod[];
}

/** Every model in contracts/models that Google still serves. */
export function defaultModelCatalog(): Map<string, FakeModel> {
  const catalog = new Map<string, FakeModel>();
  for (const p of LIVE_MODEL_PROFILES) catalog.set(p.id, { id: p.id, methods: ['bidiGenerateContent'] });
  for (const p of TEXT_MODEL_PROFILES) {
    if (p.status !== 'shut_down') catalog.set(p.id, { id: p.id, methods: ['generateContent'] });
  }
  return catalog;
}

/** The model id from a path segment or setup field: `models/x` or `x`. */
export function bareModelId(name: string): string {
  return name.replace(/^models\//, '');
}

/** Whether `model` exists and supports `method`. */
export function serves(catalog: ReadonlyMap<string, FakeModel>, model: string, method: ModelMethod): boolean {
  return catalog.get(bareModelId(model))?.methods.includes(method) ?? false;
}

/** The service's wording for a model it cannot serve (seen on REST and in Live 1008 closes). */
export function modelNotFoundMessage(model: string, apiVersion: string, method: ModelMethod): string {
  return `models/${bareModelId(model)} is not found for API version ${apiVersion}, or is not supported for ${method}. Call ListModels to see the list of available models and their supported methods.`;
}

/** `GET models/{m}`: the metadata fields the server's health check may read. */
export function modelResource(model: FakeModel): Record<string, unknown> {
  return {
    name: `models/${model.id}`,
    baseModelId: model.id,
    displayName: model.id,
    inputTokenLimit: 131_072,
    outputTokenLimit: 65_536,
    supportedGenerationMethods: [...model.methods],
  };
}
