// The voice-activity model (a few MB) loads while the candidate fills in the setup, so the
// interview starts with it ready. It waits for the page to be idle, so the first screen never
// competes with it; an interview that starts sooner runs the energy detector until it lands.

import { onCleanup, onMount } from 'solid-js';
import type { VoiceActivityService } from '../../services/voice-activity/types';

const IDLE_TIMEOUT_MS = 2000;

export function createVoiceActivityPreload(load: (() => Promise<VoiceActivityService>) | undefined): void {
  onMount(() => {
    if (!load) return;
    const start = () =>
      void load().then(
        (service) => service.preload(),
        () => undefined,
      );
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
      onCleanup(() => cancelIdleCallback(id));
    } else {
      const id = setTimeout(start, IDLE_TIMEOUT_MS);
      onCleanup(() => clearTimeout(id));
    }
  });
}
