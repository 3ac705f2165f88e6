// The avatar from the interview's point of view: create a Tavus conversation on our server, join
// it, and make sure it is ended on every path — normal close, any failure, page hide. What to do
// instead (voice only) is the caller's; this only reports why, in one sentence.

import type { ApiClient, AvatarConversation } from '../api/types';
import { systemClock, type Clock } from '../../lib/clock';
import { AVATAR_UNAVAILABLE_MESSAGE, avatarErrorFromCreate } from './avatar-fallback';
import { endOnPageHide, type PageLifecycleTarget } from './end-on-page-hide';
import { AvatarError, type AvatarSession } from './types';

export interface OpenAvatarOptions {
  api: Pick<ApiClient, 'createAvatarConversation' | 'endAvatarConversation'>;
  /** A fresh session, e.g. `() => createDailyAvatarSession({ loadDaily: loadDailyFactory })`. */
  createSession: () => AvatarSession;
  interviewId: string;
  /** The conversation's hard limit on Tavus's side (the interview's length plus a margin). */
  maxMinutes: number;
  /** Aborting closes everything (the candidate left the room while it was opening). */
  signal?: AbortSignal;
  page?: PageLifecycleTarget;
  clock?: Clock;
}

export interface OpenedAvatar {
  session: AvatarSession;
  conversationId: string;
  /** Leaves the room and ends the conversation on the server. Idempotent; never rejects. */
  close(): Promise<void>;
}

/**
 * Resolves once the replica is in the room. Rejects with AvatarError after cleaning up: no
 * conversation it created is left running.
 */
export async function openAvatar(opts: OpenAvatarOptions): Promise<OpenedAvatar> {
  const { api } = opts;
  let created: AvatarConversation;
  try {
    created = await api.createAvatarConversation(opts.interviewId, opts.maxMinutes, opts.signal);
  } catch (err) {
    throw avatarErrorFromCreate(err);
  }
  const { conversationId } = created;
  const session = opts.createSession();
  let endedOnServer = false;
  let closing: Promise<void> | undefined;

  const stopWatchingPage = endOnPageHide({
    api,
    conversationId,
    target: opts.page ?? window,
    clock: opts.clock ?? systemClock,
    onEnded: () => {
      endedOnServer = true;
      void session.stop();
    },
  });

  const close = (): Promise<void> => {
    closing ??= (async () => {
      stopWatchingPage();
      opts.signal?.removeEventListener('abort', onAbort);
      await session.stop();
      if (!endedOnServer) await endConversation(api, conversationId);
    })();
    return closing;
  };
  const onAbort = () => void close();

  // A broken avatar ends its conversation at once: it holds a paid, limited slot.
  session.on('failed', () => void close());
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await session.start(created);
  } catch (err) {
    await close();
    throw err instanceof AvatarError ? err : new AvatarError('join-failed', AVATAR_UNAVAILABLE_MESSAGE);
  }
  return { session, conversationId, close };
}

/** Ends over fetch; if that fails, by beacon; past that the server's watchdog ends it. */
async function endConversation(api: OpenAvatarOptions['api'], conversationId: string): Promise<void> {
  try {
    await api.endAvatarConversation(conversationId);
  } catch {
    await api.endAvatarConversation(conversationId, { beacon: true }).catch(() => undefined);
  }
}
