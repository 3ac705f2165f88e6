import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { InterviewSetup } from '../../lib/interview';
import { buildSystemPrompt } from '../../lib/interviewer/prompt';
import { createPromptText } from './create-prompt-text';

const setup: InterviewSetup = {
  topic: 'Payments backend',
  level: 'Advanced',
  voice: 'Kore',
  languageCode: 'en-US',
  lengthMinutes: 20,
  patience: 'normal',
  avatar: false,
};

/** Resolves once `read` returns something other than undefined (the builder's import settled). */
async function settled<T>(read: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the prompt builder never loaded');
}

describe('createPromptText', () => {
  it('builds nothing until the preview asks, then the exact prompt the interviewer receives', async () => {
    await createRoot(async (dispose) => {
      const prompt = createPromptText(() => setup);
      expect(prompt.text()).toEqual({ kind: 'idle' });
      prompt.load();
      expect(prompt.text()).toEqual({ kind: 'loading' });
      const ready = await settled(() => {
        const now = prompt.text();
        return now.kind === 'ready' ? now.text : undefined;
      });
      expect(ready).toBe(buildSystemPrompt(setup));
      dispose();
    });
  });

  it('follows the form once loaded', async () => {
    await createRoot(async (dispose) => {
      const [current, setCurrent] = createSignal(setup);
      const prompt = createPromptText(current);
      prompt.load();
      await settled(() => (prompt.text().kind === 'ready' ? true : undefined));
      setCurrent({ ...setup, topic: 'Ledger migrations' });
      const now = prompt.text();
      expect(now.kind === 'ready' && now.text).toContain('Ledger migrations');
      dispose();
    });
  });
});
