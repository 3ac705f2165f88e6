// Candidate-controlled text (topic, CV, job description, answers) goes to the model fenced as
// data and JSON-encoded, so a line such as "ignore the above" inside a CV reads as part of the
// CV, not as an instruction, and cannot close the fence it sits in.

export const FENCE_OPEN = '<<<DATA';
export const FENCE_CLOSE = 'DATA>>>';

/** Removes the fence markers from candidate text so it cannot end its own block early. */
export function defuse(text: string): string {
  return text.split(FENCE_OPEN).join('').split(FENCE_CLOSE).join('');
}

/** A labelled block of candidate data, JSON-encoded inside the fence. */
export function fenced(label: string, value: unknown): string {
  return `${label}:\n${FENCE_OPEN}\n${defuse(JSON.stringify(value, null, 1))}\n${FENCE_CLOSE}`;
}
