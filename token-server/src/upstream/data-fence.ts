// Candidate-controlled text (topic, CV, job description, answers) goes to the model fenced as
// data and JSON-encoded, so a line such as "ignore the above" inside a CV reads as part of the
// CV, not as an instruction, and cannot close the fence it sits in.
//
// Both markers need a run of three angle brackets. Deleting the markers from the text is not
// enough: deletion joins what stood either side, so "<<<DA<<<DATATA" becomes "<<<DATA" again.
// Instead every run of three or more brackets is shortened to two. Runs are matched whole, so
// the output has no run of three anywhere and no marker can form, whatever the input.

export const FENCE_OPEN = '<<<DATA';
export const FENCE_CLOSE = 'DATA>>>';

/** Text that can no longer contain, or be joined into, a fence marker. */
export function defuse(text: string): string {
  return text.replace(/<{3,}/g, '<<').replace(/>{3,}/g, '>>');
}

/** A labelled block of candidate data, JSON-encoded inside the fence. */
export function fenced(label: string, value: unknown): string {
  return `${label}:\n${FENCE_OPEN}\n${defuse(JSON.stringify(value, null, 1))}\n${FENCE_CLOSE}`;
}
