// The Live session's settings for one interview, from the candidate's setup.

import type { InterviewSetup } from '../../lib/interview';
import { PATIENCE_SILENCE_MS } from '../../lib/interviewer/patience';
import { buildSystemPrompt } from '../../lib/interviewer/prompt';
import type { LiveSessionRequest } from '../../services/live/types';
import { nudgeText } from './cue-text';
import { INTERVIEW_TOOLS } from './interview-tools';

/** `manualActivity`: the room has its own detector, so the browser marks the candidate's turns. */
export function liveSessionRequest(setup: InterviewSetup, opts: { manualActivity?: boolean } = {}): LiveSessionRequest {
  return {
    config: {
      voice: setup.voice,
      languageCode: setup.languageCode,
      systemInstruction: buildSystemPrompt(setup),
      tools: INTERVIEW_TOOLS,
      silenceDurationMs: PATIENCE_SILENCE_MS[setup.patience],
      ...(opts.manualActivity ? { manualActivity: true } : {}),
    },
    durationMinutes: setup.lengthMinutes,
    nudgeText: nudgeText(setup.languageCode),
  };
}
