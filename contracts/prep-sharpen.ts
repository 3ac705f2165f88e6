import { providedInputs, type PrepRequest } from './prep-request.ts';
import type { PrepContent } from './prep-schema.ts';

// A pack made from a topic alone must say what would sharpen it. The model is asked to; when it
// leaves the list empty anyway, these sentences stand in, so the candidate always learns that a
// CV or a job description would make the questions their own.

export const SHARPEN_WITH_CV =
  'Add your CV: the questions will then point at your own projects and numbers, and the strengths and gaps will be yours rather than typical ones.';
export const SHARPEN_WITH_JOB =
  'Add the job description: the role-specific questions and the gaps will then follow what this employer is actually asking for.';

export function withSharpenAdvice(pack: PrepContent, req: PrepRequest): PrepContent {
  if (pack.sharpenWith.length > 0) return pack;
  const has = providedInputs(req);
  const advice = [...(has.cv ? [] : [SHARPEN_WITH_CV]), ...(has.job ? [] : [SHARPEN_WITH_JOB])];
  return advice.length > 0 ? { ...pack, sharpenWith: advice } : pack;
}
