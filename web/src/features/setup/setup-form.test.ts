import { describe, expect, it } from 'vitest';
import {
  firstInvalidField,
  initialValues,
  toInterviewSetup,
  toPreferences,
  validateSetup,
  type SetupFormValues,
} from './setup-form';

const values = (patch: Partial<SetupFormValues> = {}): SetupFormValues => ({
  ...initialValues({}, ['en-US']),
  topic: 'Python backend',
  ...patch,
});

describe('initialValues', () => {
  it('starts at Intermediate, 20 minutes, normal patience and the default voice', () => {
    expect(initialValues({}, ['en-GB'])).toMatchObject({
      level: 'Intermediate',
      lengthMinutes: 20,
      patience: 'normal',
      voice: 'Puck',
      languageCode: 'en-GB',
      avatar: false,
      topic: '',
    });
  });

  it('restores remembered choices, ignoring ones that no longer exist', () => {
    expect(
      initialValues(
        { level: 'Advanced', voice: 'Kore', languageCode: 'fr-FR', lengthMinutes: 10, patience: 'quick', avatar: true },
        [],
      ),
    ).toMatchObject({
      level: 'Advanced',
      voice: 'Kore',
      languageCode: 'fr-FR',
      lengthMinutes: 10,
      patience: 'quick',
      avatar: true,
    });
    expect(initialValues({ voice: 'Nobody', languageCode: 'xx-XX' }, ['de-DE'])).toMatchObject({
      voice: 'Puck',
      languageCode: 'de-DE',
    });
  });
});

describe('validateSetup', () => {
  it('accepts a form with just a topic', () => {
    expect(validateSetup(values())).toEqual({});
  });

  it('requires a topic that is not only spaces', () => {
    expect(validateSetup(values({ topic: '   ' })).topic).toMatch(/^Enter a topic/);
  });

  it('limits the topic to 200 characters after trimming', () => {
    expect(validateSetup(values({ topic: ` ${'a'.repeat(200)} ` }))).toEqual({});
    expect(validateSetup(values({ topic: 'a'.repeat(201) })).topic).toBe(
      'Shorten the topic to 200 characters or fewer; it has 201.',
    );
  });

  it('limits the CV text and the job description', () => {
    const errors = validateSetup(
      values({ cvText: 'x'.repeat(12_001), jobTitle: 't'.repeat(121), jobText: 'j'.repeat(8_001) }),
    );
    expect(Object.keys(errors)).toEqual(['cvText', 'jobTitle', 'jobText']);
    expect(errors.cvText).toContain('12,000');
  });

  it('names the first invalid field in page order', () => {
    expect(firstInvalidField(validateSetup(values({ topic: '', jobText: 'j'.repeat(8_001) })))).toBe('topic');
    expect(firstInvalidField({})).toBeUndefined();
  });
});

describe('toInterviewSetup', () => {
  it('trims text and leaves out empty optional parts', () => {
    expect(
      toInterviewSetup(values({ topic: '  Leadership ', cvText: '  ', jobTitle: ' ', jobText: '' }), false),
    ).toEqual({
      topic: 'Leadership',
      level: 'Intermediate',
      voice: 'Puck',
      languageCode: 'en-US',
      lengthMinutes: 20,
      patience: 'normal',
      avatar: false,
    });
  });

  it('keeps the CV and a job description with only a title', () => {
    const setup = toInterviewSetup(values({ cvText: ' Amara ', jobTitle: ' Staff engineer ' }), false);
    expect(setup.cvText).toBe('Amara');
    expect(setup.jobDescription).toEqual({ title: 'Staff engineer', text: '' });
  });

  it('records only when the candidate chose it, and remembers the choice on this device', () => {
    expect(initialValues({}, []).record).toBe(false);
    expect(toInterviewSetup(values({}), false).record).toBeUndefined();
    expect(toInterviewSetup(values({ record: true }), false).record).toBe(true);
    expect(toPreferences(values({ record: true })).record).toBe(true);
  });

  it('turns the avatar on only when the server offers it', () => {
    expect(toInterviewSetup(values({ avatar: true }), false).avatar).toBe(false);
    expect(toInterviewSetup(values({ avatar: true }), true).avatar).toBe(true);
  });
});
