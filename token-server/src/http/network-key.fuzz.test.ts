import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPost, makeTestApp } from '../testing/fixtures.ts';
import { ACCESS_CODE_HEADER } from './access-code.ts';
import { clientKeyFrom } from './client-key.ts';
import { networkKey } from './network-key.ts';

// One IPv6 client owns a whole /64. Counted per address, it could guess the access code at full
// speed by taking a fresh address for every guess; counted per /64, it shares one budget.

const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
const hextets = (count: number) => fc.array(hextet, { minLength: count, maxLength: count });

describe('the rate-limit key of an address', () => {
  it('is the same for every address of one IPv6 /64', () => {
    fc.assert(
      fc.property(hextets(4), hextets(4), hextets(4), (network, hostA, hostB) => {
        expect(networkKey([...network, ...hostA].join(':'))).toBe(networkKey([...network, ...hostB].join(':')));
      }),
    );
  });

  it('differs between two /64 networks', () => {
    fc.assert(
      fc.property(hextets(4), hextets(4), hextets(4), (a, b, host) => {
        fc.pre(a.map((h) => parseInt(h, 16)).join() !== b.map((h) => parseInt(h, 16)).join());
        expect(networkKey([...a, ...host].join(':'))).not.toBe(networkKey([...b, ...host].join(':')));
      }),
    );
  });

  it.each([
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0DB8:0000:0000:ffff::2', '2001:db8:0:0::/64'],
    ['[2001:db8:1:2:3:4:5:6]', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['203.0.113.9', '203.0.113.9'],
    ['not an address', 'not an address'],
  ])('of %s is %s', (address, key) => {
    expect(networkKey(address)).toBe(key);
  });
});

describe('guessing the access code from one IPv6 /64', () => {
  it('is rate limited even when every guess comes from a new address', async () => {
    const app = makeTestApp({
      env: { ACCESS_CODE: 'right-code', RATE_LIMIT_PER_MINUTE: '5' },
      clientKey: (c) => clientKeyFrom(false, undefined, c.req.header('x-test-address')),
    });
    const statuses: number[] = [];
    for (let n = 1; n <= 8; n++) {
      const headers = { [ACCESS_CODE_HEADER]: `guess-${n}`, 'x-test-address': `2001:db8:aa:bb::${n.toString(16)}` };
      statuses.push((await app.request('/api/live/token', jsonPost({}, headers))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });
});
