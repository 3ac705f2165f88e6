// The sentences shown when a preparation pack cannot be written or kept, from the one mapping
// in ui/failure.ts.
import { storeReason, writingFailure, type Failure, type WritingTask } from '../../ui/failure';

export type PrepFailure = Failure;

const PREP: WritingTask = { noun: 'preparation pack', unconfiguredCode: 'prep_unconfigured' };

export function prepFailure(err: unknown): PrepFailure {
  return writingFailure(err, PREP);
}

export const INVALID_PACK: PrepFailure = {
  message: 'The preparation pack that came back was incomplete, so it was not kept. Try again.',
  settings: false,
};

export function saveFailure(err: unknown): PrepFailure {
  return {
    message: `The preparation pack was written but could not be saved on this device${storeReason(err)}. Free some space or allow site data for this site, then try again.`,
    settings: false,
  };
}
