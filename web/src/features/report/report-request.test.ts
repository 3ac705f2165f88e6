import { describe, expect, it } from 'vitest';
import { buildReportRequest, hasCandidateWords, REQUEST_LIMITS } from './report-request';
import { record, turn, TURNS } from './testing';

describe('buildReportRequest', () => {
  it('sends the setup and the turns in order, without empty ones', () => {
    const shuffled = [TURNS[2]!, TURNS[0]!, turn(9, 'candidate', '   '), TURNS[3]!, TURNS[1]!];
    const req = buildReportRequest(record(), shuffled);
    expect(req.interview).toMatchObject({ topic: 'System design', level: 'Intermediate' });
    expect(req.transcript.map((t) => t.text)).toEqual(TURNS.map((t) => t.text));
    expect(req.transcript[1]).toEqual({ role: 'candidate', text: TURNS[1]!.text, startMs: 10_000, endMs: 18_000 });
  });

  it('passes in the duration, the planned length and who ended the interview', () => {
    const req = buildReportRequest(record({ durationMs: 421_337.4, endedBy: 'candidate' }), TURNS);
    expect(req.interview).toMatchObject({
      durationMs: 421_337,
      plannedMinutes: record().setup.lengthMinutes,
      endedBy: 'candidate',
    });
  });

  it('joins the job title and text, and includes the CV', () => {
    const r = record({
      setup: {
        ...record().setup,
        cvText: ' Ten years of Go. ',
        jobDescription: { title: 'Backend engineer', text: 'Build APIs.' },
      },
    });
    expect(buildReportRequest(r, TURNS).interview).toMatchObject({
      jobDescription: 'Backend engineer\n\nBuild APIs.',
      cvText: 'Ten years of Go.',
    });
  });

  it('shortens what the server would refuse as too long', () => {
    const r = record({ setup: { ...record().setup, cvText: 'x'.repeat(70_000) } });
    const req = buildReportRequest(r, [turn(0, 'candidate', 'y'.repeat(25_000))]);
    expect(req.interview.cvText).toHaveLength(REQUEST_LIMITS.cvText);
    expect(req.transcript[0]?.text).toHaveLength(REQUEST_LIMITS.turnText);
  });
});

describe('hasCandidateWords', () => {
  it('is true only when the candidate said something', () => {
    expect(hasCandidateWords(TURNS)).toBe(true);
    expect(hasCandidateWords([turn(0, 'interviewer', 'Hello?'), turn(1, 'candidate', ' ')])).toBe(false);
  });

  it('does not count answers made only of invisible characters (zero-width, bidi, soft hyphen), so no report is paid for on nothing', () => {
    for (const text of ['\u200B', '\uFEFF\u200D', '\u00AD', '\u202E\u202C', '\u2066\u2069']) {
      expect(hasCandidateWords([turn(0, 'interviewer', 'Hello?'), turn(1, 'candidate', text)])).toBe(false);
    }
    expect(hasCandidateWords([turn(0, 'candidate', '\u200Bok')])).toBe(true);
  });
});
