import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, fakeAvatar, jsonPost, makeTestApp } from '../testing/fixtures.ts';

// The probe told live conversations from unknown ids by how long ending them took: the route
// waited for Tavus on a live id and answered at once for an unknown one. It must now answer
// both the same way without waiting, and still end the live one.

const endPath = (id: string) => `/api/avatar/conversations/${id}/end`;

/** Status, headers (bar the date) and body: everything a caller could compare. */
async function seen(res: Response): Promise<unknown> {
  const headers = [...res.headers].filter(([name]) => name !== 'date');
  return { status: res.status, headers, body: await res.text() };
}

describe('ending a conversation by id', () => {
  it('answers a live id before Tavus does, exactly as it answers an unknown id', async () => {
    let tavusAnswered = false;
    let answerTavus: () => void = () => undefined;
    const avatar = fakeAvatar({
      endConversation: () =>
        new Promise<void>((resolve) => {
          answerTavus = () => ((tavusAnswered = true), resolve());
        }),
    });
    const app = makeTestApp({ avatar });
    await app.request('/api/avatar/conversations', jsonPost({ interviewId: 'iv-1' }));

    const live = await app.request(endPath('c1'), jsonPost({}, { [CLIENT_HEADER]: 'prober-a' }));
    expect(tavusAnswered).toBe(false);
    // A second client, so both answers start from the same rate-limit count.
    const unknown = await app.request(endPath('c404'), jsonPost({}, { [CLIENT_HEADER]: 'prober-b' }));
    expect(await seen(live)).toEqual(await seen(unknown));

    answerTavus();
    await Promise.resolve();
    expect(avatar.registry.has('c1')).toBe(false);
  });

  it('ends the live conversation in the background after answering', async () => {
    const avatar = fakeAvatar();
    const app = makeTestApp({ avatar });
    await app.request('/api/avatar/conversations', jsonPost({ interviewId: 'iv-1' }));
    expect((await app.request(endPath('c1'), jsonPost({}))).status).toBe(204);
    expect(avatar.ended).toEqual(['c1']);
  });
});
