import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { PATIENCE_SILENCE_MS } from '../../lib/interviewer/patience';
import { liveSessionRequest } from './session-config';
import { END_INTERVIEW_TOOL } from '../../lib/interviewer/prompt';

const setup: InterviewSetup = {
  topic: 'Leadership',
  level: 'Advanced',
  voice: 'Charon',
  languageCode: 'en-GB',
  lengthMinutes: 30,
  patience: 'relaxed',
  avatar: false,
};

describe('liveSessionRequest', () => {
  it('carries the voice, language, length, prompt and the patience pause', () => {
    const r = liveSessionRequest(setup);
    expect(r).toMatchObject({
      durationMinutes: 30,
      config: { voice: 'Charon', languageCode: 'en-GB', silenceDurationMs: PATIENCE_SILENCE_MS.relaxed },
    });
    expect(r.config.systemInstruction).toContain('Leadership');
  });

  it('turns manual activity on only for a room with its own detector', () => {
    expect(liveSessionRequest(setup, { manualActivity: true }).config.manualActivity).toBe(true);
    expect(liveSessionRequest(setup).config.manualActivity).toBeUndefined();
  });

  it('offers the model the end_interview function the interview answers', () => {
    expect(liveSessionRequest(setup).config.tools.map((t) => t.name)).toEqual([END_INTERVIEW_TOOL]);
  });
});
