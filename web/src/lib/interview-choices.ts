// The fixed choices of the setup screen, as plain lists. They live apart from the setup schema
// (interview-setup-schema.ts) so the first screen can show and check them without loading zod,
// which is a quarter of the app's first-screen JavaScript budget on its own.

export const LEVELS = ['Beginner', 'Intermediate', 'Advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const LENGTHS_MINUTES = [10, 20, 30] as const;
export type LengthMinutes = (typeof LENGTHS_MINUTES)[number];

/** How long a pause ends the candidate's turn. */
export const PATIENCE = ['quick', 'normal', 'relaxed'] as const;
export type Patience = (typeof PATIENCE)[number];

/** Whether `value` is one of `choices` (narrowing it to that choice). */
export function isOneOf<T extends string | number>(choices: readonly T[], value: unknown): value is T {
  return (choices as readonly unknown[]).includes(value);
}
