import { describe, expect, it } from 'vitest';
import { PATIENCE_LABELS } from './patience';

describe('PATIENCE_LABELS', () => {
  it('says how long the interviewer waits after a finished sentence and mid-sentence, from the room’s own figures', () => {
    expect(PATIENCE_LABELS.normal.hint).toBe(
      'When your sentence sounds finished, the interviewer waits about 0.6 s at first, then, once it has heard how you pause between sentences, just past your longest recent pause. When you stop mid-sentence (after “and”, “um” or a comma) it waits about 3.2 s.',
    );
    expect(PATIENCE_LABELS.quick.hint).toContain('about 0.5 s');
    expect(PATIENCE_LABELS.quick.hint).toContain('20 % shorter than on Normal');
    expect(PATIENCE_LABELS.relaxed.hint).toContain('about 4.8 s');
    expect(PATIENCE_LABELS.relaxed.hint).toContain('50 % longer than on Normal');
  });
});
