// The interview room's side of the setup hand-off (setup-handoff.ts): what Start stored, checked.
import { parseInterviewSetup, type InterviewSetup } from '../../lib/interview-setup-schema';
import { setupHandoffKey } from './setup-handoff';

/** The setup stored for `id`, or undefined when there is none or it is not a valid setup. */
export function loadSetupForInterview(
  id: string,
  storage: Pick<Storage, 'getItem'> = sessionStorage,
): InterviewSetup | undefined {
  try {
    const text = storage.getItem(setupHandoffKey(id));
    return text ? parseInterviewSetup(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}
