// The first words the app sends the interviewer. A Live model only speaks after some input, so
// without this the room would open in silence; with it, the greeting starts at once. Both are
// app cues (lib/interviewer/app-cue.ts) in the interview language.

import { appCue } from '../../lib/interviewer/app-cue';
import type { Turn } from '../../lib/interview';
import { fenceData } from '../../../../contracts/data-fence.ts';
import { cueStrings } from './cue-text/cue-strings';
import { questionsAsked } from './questions-asked';

/** The kickoff; `typed` says the answers will be typed, so the greeting does not ask to hear them. */
export function kickoffText(languageCode: string, typed = false): string {
  const s = cueStrings(languageCode);
  return appCue('start', typed ? `${s.start} ${s.typed}` : s.start);
}

/** Sent when the candidate switches to typing mid-interview (the microphone was lost). */
export function typedAnswersText(languageCode: string): string {
  return appCue('typed', cueStrings(languageCode).typed);
}

/** Enough of the transcript for the model to pick up the thread, not the whole interview. */
const CONTINUATION_BUDGET_CHARS = 6000;

export interface ContinuationInput {
  turns: readonly Turn[];
  languageCode: string;
  /** The candidate types their answers. */
  typed?: boolean;
  /** Interview time used so far, and the planned length. */
  elapsedMs: number;
  targetMs: number;
}

function recentLines(turns: readonly Turn[]): string[] {
  const lines: string[] = [];
  let used = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = turns[i];
    if (!t) continue;
    const line = `${t.role === 'interviewer' ? 'Interviewer' : 'Candidate'}: ${t.text}`;
    if (used + line.length > CONTINUATION_BUDGET_CHARS) break;
    lines.unshift(line);
    used += line.length;
  }
  return lines;
}

/**
 * After the session was lost for good and the candidate chose to try again, a new Live session
 * starts with no memory of the conversation. It is told the time used, the questions already
 * asked and the recent transcript (fenced: it holds the candidate's words), and not to greet again.
 */
export function continuationText(input: ContinuationInput): string {
  const { turns, languageCode } = input;
  if (turns.length === 0) return kickoffText(languageCode, input.typed);
  const questions = questionsAsked(turns);
  const s = cueStrings(languageCode);
  return [
    appCue('resume', input.typed ? `${s.resume} ${s.typed}` : s.resume, input),
    ...(questions.length ? [fenceData('QUESTIONS ALREADY ASKED', questions.map((q) => `- ${q}`).join('\n'))] : []),
    fenceData('CONVERSATION SO FAR', recentLines(turns).join('\n')),
  ].join('\n');
}
