import type { StackOptions } from '../../support/stack.ts';
import { SCRIPT } from './interview-script.ts';

// The back end every fault case starts from: the short script spoken briskly, typed answers
// only (the fake must not take Chromium's test tone for speech), and E2E_STATIC_DIR when a run
// uses its own build of the app instead of dist/web.

const staticEnv: Record<string, string> = process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {};

export function faultStack(extra: { pace?: 'instant' | 'realistic' } = {}): StackOptions {
  return {
    env: staticEnv,
    gemini: {
      pace: extra.pace ?? 'instant',
      script: SCRIPT,
      voice: { msPerChar: 20 },
      voiceActivity: { threshold: 2 },
    },
  };
}
