// The shape of one language's cue strings, in a leaf file: the tables (strings-a.ts,
// strings-b.ts) and the lookup (cue-strings.ts) both import it, and neither imports the other back.

export interface CueStrings {
  /** The kickoff: the candidate joined, greet and begin. */
  start: string;
  /** A new Live session continues a lost one: do not greet again, continue. */
  resume: string;
  halfTime: string;
  /** Three minutes left: no new main question. */
  threeLeft: string;
  /** One minute left: close now. */
  oneLeft: string;
  /** The candidate has said nothing for a long while. */
  silence: string;
  /** The model stalled: the candidate waits for a reply. */
  nudge: string;
  /** Answers come typed (no microphone): no remarks on sound or hearing. */
  typed: string;
}
