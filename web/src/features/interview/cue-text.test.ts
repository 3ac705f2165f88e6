import { describe, expect, it } from 'vitest';
import { cueText, nudgeText } from './cue-text';

describe('cueText', () => {
  it('tags each cue with its kind and the time used of the planned length, in the interview language', () => {
    expect(cueText({ kind: 'three-minutes-left', elapsedMs: 17 * 60_000, targetMs: 20 * 60_000 }, 'en-US')).toBe(
      '<<<APP CUE three-minutes-left 17:00/20:00>>> Three minutes left: no new main question from now on.',
    );
    expect(cueText({ kind: 'one-minute-left', elapsedMs: 9 * 60_000 + 2000, targetMs: 10 * 60_000 }, 'de-DE')).toBe(
      '<<<APP CUE one-minute-left 9:02/10:00>>> Noch eine Minute: beende das Interview jetzt.',
    );
    expect(cueText({ kind: 'silence', elapsedMs: 65_000, targetMs: 10 * 60_000 }, 'es-ES')).toMatch(
      /^<<<APP CUE silence 1:05\/10:00>>> La persona candidata lleva un rato en silencio\.$/,
    );
  });

  it('writes the watchdog nudge as a cue in the interview language', () => {
    expect(nudgeText('en-US')).toBe(
      '<<<APP CUE nudge>>> The candidate is waiting for your reply. Please continue the interview.',
    );
    expect(nudgeText('it-IT')).toMatch(/^<<<APP CUE nudge>>> Il candidato aspetta/);
  });
});
