// Hands the finished setup to the interview room: Start stores it under the new interview's id
// in sessionStorage (this tab only, gone when the tab closes) and the room reads it back.
import { parseInterviewSetup, type InterviewSetup } from '../../lib/interview-setup-schema';

const keyFor = (id: string) => `mockingbird:setup:${id}`;

/** Throws when the browser refuses to store (blocked or full storage); the caller explains. */
export function saveSetupForInterview(id: string, setup: InterviewSetup, storage: Pick<Storage, 'setItem'> = sessionStorage): void {
  storage.setItem(keyFor(id), JSON.stringify(setup));
}

/** The setup stored for `id`, or undefined when there is none or it is not a valid setup. */
export function loadSetupForInterview(id: string, storage: Pick<Storage, 'getItem'> = sessionStorage): InterviewSetup | undefined {
  try {
    const text = storage.getItem(keyFor(id));
    return text ? parseInterviewSetup(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}
