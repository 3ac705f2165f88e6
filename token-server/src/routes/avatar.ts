import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { ConversationRegistry } from '../avatar/conversation-registry.ts';
import { apiErrors } from '../http/api-error.ts';
import { limitBody, readBeaconBody, requireJson, validJson } from '../http/request-body.ts';
import type { AvatarUpstream } from '../upstream/tavus.ts';
import type { RouteKit } from './route-kit.ts';

export interface AvatarService {
  upstream: AvatarUpstream;
  registry: ConversationRegistry;
  /** How long the server lets a conversation run before ending it itself; tests shorten it. */
  lifetimeMs?: (maxMinutes: number) => number;
}

export const AVATAR_DEADLINE_MS = 20_000;
export const DEFAULT_MAX_MINUTES = 30;
/** The server's own deadline runs a minute past Tavus's, which normally ends the call first. */
export const END_GRACE_MS = 60_000;

const defaultLifetimeMs = (maxMinutes: number): number => maxMinutes * 60_000 + END_GRACE_MS;

const id = z.string().regex(/^[\w-]{1,100}$/, 'must be 1–100 letters, digits, - or _');
const createBody = z.strictObject({
  interviewId: id,
  maxMinutes: z.number().int().min(5).max(60).optional(),
});

/** Checks the beacon body's shape before the access code is looked for in it. */
const beaconBody: MiddlewareHandler = async (c, next) => {
  await readBeaconBody(c);
  await next();
};

const conversationIdParam: MiddlewareHandler = async (c, next) => {
  const parsed = id.safeParse(c.req.param('id'));
  if (!parsed.success) throw apiErrors.invalidRequest('conversation id: must be 1–100 letters, digits, - or _');
  await next();
};

/**
 * Starts ending a conversation without waiting for it. Waiting made the answer slow for a live id
 * and instant for an unknown one, so the time taken told a caller which conversations are live;
 * now the caller gets the same 204 at once either way. The registry logs a failed end and tries
 * again by itself, so nothing is lost by not waiting.
 */
function endUnseen(avatar: AvatarService | undefined, id: string): void {
  avatar?.registry.end(id).catch(() => undefined);
}

/**
 * POST /api/avatar/conversations and POST /api/avatar/conversations/:id/end. Only conversations
 * this server created can be ended through it; any other id is already "ended" as far as the
 * caller can tell (204), so a repeated beacon or a stale tab is harmless.
 */
export function avatarRoutes(kit: RouteKit, avatar: AvatarService | undefined): Hono {
  const app = new Hono();
  app.post(
    '/conversations/:id/end',
    kit.endLimit,
    limitBody(1024),
    conversationIdParam,
    beaconBody,
    kit.accessOrBeaconBody,
    (c) => {
      endUnseen(avatar, c.req.param('id'));
      return c.body(null, 204);
    },
  );
  if (!avatar) {
    app.post('/conversations', kit.paidGate, () => {
      throw apiErrors.avatarUnconfigured();
    });
    return app;
  }
  app.post('/conversations', kit.paidGate, limitBody(4096), requireJson, validJson(createBody), async (c) => {
    const { interviewId, maxMinutes = DEFAULT_MAX_MINUTES } = c.req.valid('json');
    const conversation = await avatar.upstream.createConversation(
      { name: `Mockingbird interview ${interviewId}`, maxCallSeconds: maxMinutes * 60 },
      kit.deadline(AVATAR_DEADLINE_MS),
    );
    await avatar.registry.remember(conversation.conversationId, (avatar.lifetimeMs ?? defaultLifetimeMs)(maxMinutes));
    return c.json(conversation, 201);
  });
  return app;
}
