import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { loadSetupForInterview } from './read-setup-handoff';
import { saveSetupForInterview } from './setup-handoff';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const setup: InterviewSetup = {
  topic: 'Python backend',
  level: 'Advanced',
  cvText: 'Amara Okafor',
  jobDescription: { title: 'Senior engineer', text: 'Own the ledger.' },
  voice: 'Kore',
  languageCode: 'en-GB',
  lengthMinutes: 30,
  patience: 'relaxed',
  avatar: false,
};

describe('interview hand-off', () => {
  it('gives the room back exactly the setup that Start stored', () => {
    const storage = memoryStorage();
    saveSetupForInterview('abc', setup, storage);
    expect(storage.data.has('mockingbird:setup:abc')).toBe(true);
    expect(loadSetupForInterview('abc', storage)).toEqual(setup);
  });

  it('hands over the questions to practise, in order, and drops blank or non-text ones', () => {
    const storage = memoryStorage();
    const practice = { ...setup, practiceQuestions: ['Walk me through the ledger migration.', 'Why card issuing?'] };
    saveSetupForInterview('p', practice, storage);
    expect(loadSetupForInterview('p', storage)).toEqual(practice);
    storage.setItem(
      'mockingbird:setup:q',
      JSON.stringify({ ...setup, practiceQuestions: ['  Why us? ', '', 7, null] }),
    );
    expect(loadSetupForInterview('q', storage)?.practiceQuestions).toEqual(['Why us?']);
    storage.setItem('mockingbird:setup:r', JSON.stringify({ ...setup, practiceQuestions: 'Why us?' }));
    expect(loadSetupForInterview('r', storage)).toEqual(setup);
  });

  it('hands over the choice to record, and only a real true turns it on', () => {
    const storage = memoryStorage();
    saveSetupForInterview('rec', { ...setup, record: true }, storage);
    expect(loadSetupForInterview('rec', storage)?.record).toBe(true);
    storage.setItem('mockingbird:setup:s', JSON.stringify({ ...setup, record: 'yes' }));
    expect(loadSetupForInterview('s', storage)).toEqual(setup);
  });

  it('has nothing for an unknown interview', () => {
    expect(loadSetupForInterview('missing', memoryStorage())).toBeUndefined();
  });

  it('refuses a stored value that is not a valid setup', () => {
    const storage = memoryStorage();
    storage.setItem('mockingbird:setup:x', JSON.stringify({ ...setup, level: 'Expert' }));
    storage.setItem('mockingbird:setup:y', '{broken');
    expect(loadSetupForInterview('x', storage)).toBeUndefined();
    expect(loadSetupForInterview('y', storage)).toBeUndefined();
  });

  it('lets a storage failure reach the caller, which explains it', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => saveSetupForInterview('abc', setup, full)).toThrow(DOMException);
  });
});
