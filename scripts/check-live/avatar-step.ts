import { createTavus } from '../../token-server/src/upstream/tavus.ts';
import type { Verdict } from './check-runner.ts';

// Creates a Tavus conversation with the server's own code and ends it at once: the key, the
// replica and the echo persona work. Billing runs from creation to end (protocols.md), so the
// end is always attempted.

export async function checkAvatar(opts: {
  apiKey: string;
  baseUrl: string;
  replicaId: string;
  personaId?: string;
}): Promise<Verdict> {
  const tavus = createTavus(opts);
  const conversation = await tavus.createConversation(
    { name: 'Mockingbird key check', maxCallSeconds: 60 },
    AbortSignal.timeout(30_000),
  );
  await tavus.endConversation(conversation.conversationId, AbortSignal.timeout(15_000));
  return { kind: 'pass', detail: `created and ended ${conversation.conversationId}` };
}
