// Ends the Tavus conversation when the page goes away, so a closed tab does not keep a billed
// conversation (and one of the account's few concurrent slots) running until the server's
// watchdog notices. Only a beacon survives an unloading page, so that is what it sends.

import type { ApiClient } from '../api/types';
import type { Clock, TimerId } from '../../lib/clock';

type Listener = () => void;

/** The parts of `window` this needs, so tests can pass a fake. */
export interface PageLifecycleTarget {
  addEventListener(type: 'pagehide', listener: Listener): void;
  removeEventListener(type: 'pagehide', listener: Listener): void;
  readonly document: {
    readonly visibilityState: DocumentVisibilityState;
    addEventListener(type: 'visibilitychange' | 'freeze', listener: Listener): void;
    removeEventListener(type: 'visibilitychange' | 'freeze', listener: Listener): void;
  };
}

export interface EndOnPageHideOptions {
  api: Pick<ApiClient, 'endAvatarConversation'>;
  conversationId: string;
  target: PageLifecycleTarget;
  clock: Clock;
  /**
   * How long the page may stay hidden before the conversation counts as abandoned. A candidate
   * who glances at notes in another tab comes back within a minute; mobile browsers may kill a
   * hidden page without any further event, and this is the last moment we can still act.
   */
  hiddenGraceMs?: number;
  /** Called once the end was sent (e.g. to stop the session too). */
  onEnded?: () => void;
}

/** Watches the page; returns a function that stops watching without ending anything. */
export function endOnPageHide(opts: EndOnPageHideOptions): () => void {
  const { target, clock } = opts;
  const doc = target.document;
  let hiddenTimer: TimerId | undefined;

  function clearHiddenTimer() {
    if (hiddenTimer !== undefined) clock.clearTimeout(hiddenTimer);
    hiddenTimer = undefined;
  }

  function end() {
    dispose();
    // The beacon is queued synchronously; its promise only matters if it had to fall back.
    opts.api.endAvatarConversation(opts.conversationId, { beacon: true }).catch(() => undefined);
    opts.onEnded?.();
  }

  function onVisibility() {
    if (doc.visibilityState === 'visible') return clearHiddenTimer();
    hiddenTimer ??= clock.setTimeout(end, opts.hiddenGraceMs ?? 60_000);
  }

  function dispose() {
    clearHiddenTimer();
    target.removeEventListener('pagehide', end);
    doc.removeEventListener('visibilitychange', onVisibility);
    doc.removeEventListener('freeze', end);
  }

  // pagehide: navigation, reload, or tab closed (also into the back/forward cache, where a
  // Daily call cannot survive anyway). freeze: Chrome is about to suspend a hidden page.
  target.addEventListener('pagehide', end);
  doc.addEventListener('visibilitychange', onVisibility);
  doc.addEventListener('freeze', end);
  return dispose;
}
