import { describe, expect, it } from 'vitest';
import { createCandidatePauses, ORDINARY_PAUSE_MAX_MS, PAUSE_MARGIN_MS } from './candidate-pauses';

describe('createCandidatePauses', () => {
  it('waits the first wait until it has heard the candidate go on after a pause', () => {
    expect(createCandidatePauses().finishedWait(600)).toBe(600);
  });

  it('waits just past the longest recent pause, shorter or longer than the first wait', () => {
    const brisk = createCandidatePauses();
    [220, 260, 240].forEach((ms) => brisk.resumed(ms));
    expect(brisk.finishedWait(600)).toBe(260 + PAUSE_MARGIN_MS);
    const careful = createCandidatePauses();
    careful.resumed(700);
    expect(careful.finishedWait(600)).toBe(700 + PAUSE_MARGIN_MS);
  });

  it('ignores thinking pauses and forgets old pauses', () => {
    const pauses = createCandidatePauses();
    pauses.resumed(ORDINARY_PAUSE_MAX_MS + 500);
    expect(pauses.finishedWait(600)).toBe(600);
    pauses.resumed(900);
    [300, 300, 300, 300, 300, 300].forEach((ms) => pauses.resumed(ms));
    expect(pauses.finishedWait(600)).toBe(300 + PAUSE_MARGIN_MS);
  });
});
