import { describe, expect, it } from 'vitest';
import { PATIENCE_LABELS } from './patience';

describe('PATIENCE_LABELS', () => {
  it('says how long the interviewer waits after a finished sentence and mid-sentence, from the room’s own figures', () => {
    expect(PATIENCE_LABELS.normal.hint).toBe(
      'After you stop talking, the interviewer waits about 0.3 s when your sentence sounds finished, and about 3.2 s when you stop mid-sentence (after “and”, “um” or a comma).',
    );
    expect(PATIENCE_LABELS.quick.hint).toContain('about 0.2 s');
    expect(PATIENCE_LABELS.relaxed.hint).toContain('about 4.8 s');
  });
});
