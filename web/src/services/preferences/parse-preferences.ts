// Reads remembered setup choices back from storage, field by field. Checked by hand against the
// setup screen's own choice lists rather than with the setup schema, because the setup screen
// needs them before anything else and zod would double its JavaScript (see bench/README.md,
// "JavaScript before the first screen"). The rules match the schema's: a field that is not
// one of the choices (or not a non-empty text, a boolean) is dropped, the others are kept.
import { isOneOf, LENGTHS_MINUTES, LEVELS, PATIENCE } from '../../lib/interview-choices';
import type { SetupPreferences } from './types';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** Keeps only the fields that are valid; anything else (or a value that is not an object) gives {}. */
export function parsePreferences(raw: unknown): SetupPreferences {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const prefs: SetupPreferences = {
    level: isOneOf(LEVELS, r.level) ? r.level : undefined,
    voice: text(r.voice),
    languageCode: text(r.languageCode),
    lengthMinutes: isOneOf(LENGTHS_MINUTES, r.lengthMinutes) ? r.lengthMinutes : undefined,
    patience: isOneOf(PATIENCE, r.patience) ? r.patience : undefined,
    avatar: flag(r.avatar),
    record: flag(r.record),
    micDeviceId: text(r.micDeviceId),
  };
  return Object.fromEntries(Object.entries(prefs).filter(([, value]) => value !== undefined));
}
