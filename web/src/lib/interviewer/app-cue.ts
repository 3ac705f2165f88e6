// The one form in which the app speaks to the interviewer during a Live session: a tagged line
// such as `<<<APP CUE three-minutes-left 17:00/20:00>>> Noch 3 Minuten.` The tag is fixed and
// language-free so the system prompt can name it; the sentence after it is in the interview
// language. Candidate text can never carry the tag: everything the candidate types or uploads is
// fenced (contracts/data-fence.ts), and a fence shortens every run of three angle brackets to two.

export const APP_CUE_KINDS = [
  'start',
  'resume',
  'half-time',
  'three-minutes-left',
  'one-minute-left',
  'silence',
  'nudge',
  'typed',
] as const;
export type AppCueKind = (typeof APP_CUE_KINDS)[number];

/** The fence label of a typed answer (features/interview/typed-answers.ts). */
export const TYPED_ANSWER_LABEL = 'TYPED ANSWER';

/** The marker that opens every cue, for the prompt and for fakes that recognise cues. */
export const APP_CUE_MARKER = '<<<APP CUE';

/** "17:00" for 17 minutes; whole seconds, minutes may run past 59. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = total % 60;
  return `${Math.floor(total / 60)}:${String(s).padStart(2, '0')}`;
}

export interface AppCueTime {
  elapsedMs: number;
  targetMs: number;
}

/** One cue line: the tag (kind, and time used / planned when known) then the localised text. */
export function appCue(kind: AppCueKind, text: string, time?: AppCueTime): string {
  const clock = time ? ` ${clockText(time.elapsedMs)}/${clockText(time.targetMs)}` : '';
  return `${APP_CUE_MARKER} ${kind}${clock}>>> ${text}`;
}
