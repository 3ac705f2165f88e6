import type { StackOptions } from '../../e2e/support/stack.ts';
import { LIVE_SCRIPT } from './conversation-mic.ts';

// The back end every live suite runs against: the real token server serving the bench's build,
// the fake Gemini answering at once with the conversation's script. Its voice carries a dither
// floor (bench only): no digital silence inside a reply, so a run of zeros at the output is an
// underrun, whichever player made it (page/zero-runs.ts).

export const VOICE_FLOOR_STEPS = 3;

export function benchStackOptions(distDir: string): StackOptions {
  return {
    withoutTavus: true,
    gemini: { pace: 'instant', script: LIVE_SCRIPT, voice: { floorSteps: VOICE_FLOOR_STEPS } },
    env: { STATIC_DIR: distDir, RATE_LIMIT_PER_MINUTE: '10000' },
  };
}
