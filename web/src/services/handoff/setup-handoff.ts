// Hands the finished setup to the interview room: Start stores it under the new interview's id
// in sessionStorage (this tab only, gone when the tab closes) and the room reads it back
// (read-setup-handoff.ts, which parses it with the setup schema: kept apart so the setup
// screen's Start does not load zod).
import type { InterviewSetup } from '../../lib/interview';

export const setupHandoffKey = (id: string) => `mockingbird:setup:${id}`;

/** Throws when the browser refuses to store (blocked or full storage); the caller explains. */
export function saveSetupForInterview(
  id: string,
  setup: InterviewSetup,
  storage: Pick<Storage, 'setItem'> = sessionStorage,
): void {
  storage.setItem(setupHandoffKey(id), JSON.stringify(setup));
}
