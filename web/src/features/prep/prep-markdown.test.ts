import { describe, expect, it } from 'vitest';
import { madeFrom, prepFileName, prepToMarkdown } from './prep-markdown';
import { TEST_PACK_ORDER, testPrepPack } from '../../services/storage/test-prep-pack';
import { samplePrepContent } from '../../../../contracts/testing/sample-prep-content.ts';

const { introOutline, stories, concepts, situational } = samplePrepContent;
const answerMaterial = { introOutline, stories, concepts, situational };

const MADE = Date.UTC(2030, 4, 1, 9, 30);

describe('prepToMarkdown', () => {
  const md = prepToMarkdown(testPrepPack, MADE, 'UTC');

  it('opens with the topic, level, job, date and what the pack was made from', () => {
    expect(md.startsWith('# Preparation pack: Payments backend\n')).toBe(true);
    expect(md).toContain('- Level: Advanced');
    expect(md).toContain('- Job: Senior Backend Engineer');
    expect(md).toContain('- Made: 2030-05-01 09:30');
    expect(md).toContain('- Made from: the topic, your CV and the job description');
    expect(md).toContain('> Reliability of payment services');
  });

  it('lists every question once, numbered in interview order under its group, with why and CV facts', () => {
    TEST_PACK_ORDER.forEach((question, i) => expect(md).toContain(`${i + 1}. **${question}**`));
    expect(md.indexOf('### About your CV')).toBeLessThan(md.indexOf('### About the role'));
    expect(md).toContain('   - Why it is likely: It is the biggest project on your CV.');
    expect(md).toContain('   - From your CV: Moved the ledger to event sourcing; Reconciliation from hours to minutes');
  });

  it('has the strengths, gaps with their angles, and three questions to ask', () => {
    expect(md).toContain(
      '## Strengths to highlight\n\n- **Calm incident response** — Tell the reconciliation story with its numbers.',
    );
    expect(md).toContain('- **No Kotlin on your CV** — Angle: Show how you learnt Go quickly.');
    expect(md).toContain(
      '## Questions to ask the interviewer\n\n1. How is on-call shared?\n2. What does success look like in six months?\n3. How are design decisions recorded?\n',
    );
  });

  it('has the answer material: the outline, STAR stories from the CV with their placeholders, concepts and situational questions', () => {
    const withMaterial = prepToMarkdown(
      { ...testPrepPack, content: { ...testPrepPack.content, ...answerMaterial } },
      Date.UTC(2025, 2, 4, 14, 5),
      'UTC',
    );
    expect(withMaterial).toContain(
      '## "Tell me about yourself": an outline\n\nI am a backend engineer who has spent four years on payments at Lumen Pay.\n\n1. Ledger and reconciliation services in Go',
    );
    expect(withMaterial).toContain(
      '### The failing reconciliation\n\n- From your CV: Lumen Pay: rebuilt the nightly reconciliation',
    );
    expect(withMaterial).toContain(
      '- **Result:** Failures dropped to \\[how often\\] and the run took \\[how long\\].',
    );
    expect(withMaterial).toContain(
      '## Concepts to revise\n\n- **Idempotency keys** — Payments APIs must survive retries.',
    );
    expect(withMaterial).toContain(
      '## What would you do if…\n\n- **What would you do if a release double-charged customers?**',
    );
  });

  it('leaves the answer material out of a pack made before it existed', () => {
    expect(md).not.toContain('Tell me about yourself');
    expect(md).not.toContain('STAR');
  });

  it('says what would sharpen a pack made from the topic alone, and leaves the section out otherwise', () => {
    expect(md).not.toContain('sharpen');
    const topicOnly = {
      ...testPrepPack,
      setup: { ...testPrepPack.setup, cvText: undefined, jobDescription: undefined },
    };
    const sharp = prepToMarkdown(
      { ...topicOnly, content: { ...topicOnly.content, sharpenWith: ['Add your CV.'] } },
      MADE,
      'UTC',
    );
    expect(sharp).toContain('- Made from: the topic only');
    expect(sharp).toContain('## What would sharpen this pack\n\n- Add your CV.\n');
  });

  it('keeps text from the model from turning into Markdown it did not mean', () => {
    const tricky = {
      ...testPrepPack.content,
      focus: 'Line one\n# not a heading',
      questions: [{ category: 'cv' as const, question: 'Why *this* [team]?', whyLikely: '', cvFacts: [] }],
    };
    const out = prepToMarkdown({ ...testPrepPack, content: tricky }, MADE, 'UTC');
    expect(out).toContain('> Line one \\# not a heading');
    expect(out).toContain('1. **Why \\*this\\* \\[team\\]?**');
    expect(out).not.toContain('Why it is likely');
  });
});

describe('prepFileName', () => {
  it('names the file after the topic and the day it was made', () => {
    expect(prepFileName(testPrepPack, MADE, 'UTC')).toBe('mockingbird-prep-payments-backend-2030-05-01.md');
    expect(
      prepFileName({ ...testPrepPack, setup: { ...testPrepPack.setup, topic: 'Führung & Teams!' } }, MADE, 'UTC'),
    ).toBe('mockingbird-prep-fuhrung-teams-2030-05-01.md');
  });

  it('says which inputs a pack was made from', () => {
    expect(madeFrom({ ...testPrepPack, setup: { ...testPrepPack.setup, jobDescription: undefined } })).toBe(
      'the topic and your CV',
    );
  });
});
