import { describe, expect, it } from 'vitest';
import { SHARPEN_WITH_CV, SHARPEN_WITH_JOB, withSharpenAdvice } from './prep-sharpen.ts';
import { samplePrepContent as samplePrepPack } from './testing/sample-prep-content.ts';

const empty = { ...samplePrepPack, sharpenWith: [] };

describe('withSharpenAdvice', () => {
  it('says a CV and a job description would sharpen a pack made from a topic alone', () => {
    expect(withSharpenAdvice(empty, { topic: 'Leadership', level: 'Advanced' }).sharpenWith).toEqual([
      SHARPEN_WITH_CV,
      SHARPEN_WITH_JOB,
    ]);
  });

  it('names only what is missing', () => {
    expect(
      withSharpenAdvice(empty, { topic: 'Go', level: 'Advanced', cvText: 'Ten years of Go.' }).sharpenWith,
    ).toEqual([SHARPEN_WITH_JOB]);
    expect(
      withSharpenAdvice(empty, { topic: 'Go', level: 'Advanced', jobDescription: 'Build APIs.' }).sharpenWith,
    ).toEqual([SHARPEN_WITH_CV]);
  });

  it("keeps the model's own advice, in the interview's language", () => {
    const pack = { ...samplePrepPack, sharpenWith: ['Ajoutez votre CV.'] };
    expect(withSharpenAdvice(pack, { topic: 'Vente', level: 'Beginner' })).toBe(pack);
  });

  it('adds nothing when both the CV and the job description were given', () => {
    expect(
      withSharpenAdvice(empty, { topic: 'Go', level: 'Advanced', cvText: 'CV', jobTitle: 'Engineer' }).sharpenWith,
    ).toEqual([]);
  });
});
