import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, fakeAvatar, fakeMinter, jsonPost, makeTestApp } from '../testing/fixtures.ts';

// The sendBeacon end route answers 204 for the right code and 401 for a wrong one, for any
// conversation id, and calls no upstream: a free oracle for the access code. Its own budget is
// three times the paid one so a closing tab gets through; guesses made there must still come out
// of the one budget every other guess spends.

const CODE = 'correct-horse-7319';
const PER_MINUTE = 5;
const end = (body: string, client = 'guesser') =>
  ({ method: 'POST', headers: { 'content-type': 'text/plain', [CLIENT_HEADER]: client }, body }) satisfies RequestInit;

function appWithCode() {
  const avatar = fakeAvatar();
  const app = makeTestApp({
    avatar,
    live: fakeMinter(),
    env: { ACCESS_CODE: CODE, RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) },
  });
  return { app, avatar };
}

describe('guessing the access code through the end route', () => {
  it('gets no more wrong guesses a minute than the paid routes allow', async () => {
    const { app } = appWithCode();
    const statuses: number[] = [];
    for (let i = 0; i < PER_MINUTE * 3; i++) {
      statuses.push(
        (await app.request(`/api/avatar/conversations/any-${i}/end`, end(JSON.stringify({ accessCode: `guess-${i}` }))))
          .status,
      );
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(PER_MINUTE);
    expect(statuses.slice(PER_MINUTE).every((s) => s === 429)).toBe(true);
  });

  it('spends the same budget as the paid routes, so guesses cannot be split between them', async () => {
    const { app } = appWithCode();
    for (let i = 0; i < PER_MINUTE; i++)
      await app.request('/api/avatar/conversations/c1/end', end('{"accessCode":"wrong"}'));
    const paid = await app.request(
      '/api/live/token',
      jsonPost({}, { 'x-access-code': CODE, [CLIENT_HEADER]: 'guesser' }),
    );
    expect(paid.status).toBe(429);
  });

  it('counts a missing code as a guess too', async () => {
    const { app } = appWithCode();
    const statuses: number[] = [];
    for (let i = 0; i <= PER_MINUTE; i++)
      statuses.push((await app.request('/api/avatar/conversations/c1/end', end(''))).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('still ends a conversation with the right code after the paid budget is spent, so a closing tab gets through', async () => {
    const { app, avatar } = appWithCode();
    for (let i = 0; i < PER_MINUTE; i++)
      await app.request('/api/live/token', jsonPost({}, { 'x-access-code': CODE, [CLIENT_HEADER]: 'guesser' }));
    const res = await app.request('/api/avatar/conversations/c1/end', end(JSON.stringify({ accessCode: CODE })));
    expect(res.status).toBe(204);
    expect(avatar.ended).toEqual([]); // c1 was never created here, so nothing is sent to Tavus
  });

  it('charges nobody else: another client keeps its whole budget', async () => {
    const { app } = appWithCode();
    for (let i = 0; i < PER_MINUTE * 2; i++)
      await app.request('/api/avatar/conversations/c1/end', end('{"accessCode":"wrong"}'));
    const other = await app.request(
      '/api/live/token',
      jsonPost({}, { 'x-access-code': CODE, [CLIENT_HEADER]: 'bystander' }),
    );
    expect(other.status).toBe(200);
  });
});
