import { describe, expect, it } from 'vitest';
import { testPrepPack } from '../../services/storage/test-prep-pack';
import { buildPrepRequest, PREP_REQUEST_LIMITS } from './prep-request';

const { cvText: _cv, jobDescription: _job, ...topicOnly } = testPrepPack.setup;

describe('buildPrepRequest', () => {
  it('sends only the topic, level and language when nothing else was given', () => {
    expect(buildPrepRequest({ ...topicOnly, topic: '  Leadership ' })).toEqual({
      topic: 'Leadership',
      level: 'Advanced',
      languageCode: 'en-GB',
    });
  });

  it('splits the job into title and text and leaves out blank parts', () => {
    const req = buildPrepRequest({ ...topicOnly, cvText: '  ', jobDescription: { title: '', text: ' Build APIs. ' } });
    expect(req).toEqual({
      topic: 'Payments backend',
      level: 'Advanced',
      languageCode: 'en-GB',
      jobDescription: 'Build APIs.',
    });
  });

  it('shortens a CV longer than the server accepts instead of being refused', () => {
    const req = buildPrepRequest({ ...topicOnly, cvText: 'x'.repeat(PREP_REQUEST_LIMITS.cvText + 10) });
    expect(req.cvText).toHaveLength(PREP_REQUEST_LIMITS.cvText);
  });
});
