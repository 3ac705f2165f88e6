import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { PATIENCE_SILENCE_MS } from '../../lib/patience';
import { liveSessionRequest } from './session-config';

const setup: InterviewSetup = { topic: 'Leadership', level: 'Advanced', voice: 'Charon', languageCode: 'en-GB', lengthMinutes: 30, patience: 'relaxed', avatar: false };

describe('liveSessionRequest', () => {
  it('carries the voice, language, length, prompt and the patience pause', () => {
    const r = liveSessionRequest(setup);
    expect(r).toMatchObject({ durationMinutes: 30, config: { voice: 'Charon', languageCode: 'en-GB', silenceDurationMs: PATIENCE_SILENCE_MS.relaxed } });
    expect(r.config.systemInstruction).toContain('Leadership');
  });
});
