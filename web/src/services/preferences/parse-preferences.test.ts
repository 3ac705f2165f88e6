import { describe, expect, it } from 'vitest';
import { parsePreferences } from './parse-preferences';

describe('parsePreferences', () => {
  it('keeps every valid choice', () => {
    const all = {
      level: 'Beginner',
      voice: 'Puck',
      languageCode: 'fr-FR',
      lengthMinutes: 10,
      patience: 'quick',
      avatar: false,
      record: true,
      micDeviceId: 'mic-1',
    };
    expect(parsePreferences(all)).toEqual(all);
  });

  it('drops each invalid field on its own and ignores unknown ones', () => {
    const odd = {
      level: 'Expert',
      voice: '',
      languageCode: 7,
      lengthMinutes: '20',
      patience: 'normal',
      avatar: 'yes',
      record: 1,
      micDeviceId: null,
      topic: 'secret',
    };
    expect(parsePreferences(odd)).toEqual({ patience: 'normal' });
  });

  it('reads anything that is not an object as no preferences', () => {
    for (const raw of [null, 'quick', 3, ['Beginner'], undefined]) expect(parsePreferences(raw)).toEqual({});
  });
});
