import { networkKey } from './network-key.ts';

/**
 * Who a request comes from, for rate limiting. X-Forwarded-For is only believed when the
 * server sits behind a proxy its owner runs (TRUST_PROXY): anyone can send that header. We
 * take its last entry, the address that proxy itself saw, because the entries before it were
 * written by the client and can be forged to dodge the limit. Addresses are counted by network
 * (network-key.ts), so hopping within one IPv6 /64 does not buy a fresh budget.
 */
export function clientKeyFrom(
  trustProxy: boolean,
  forwardedFor: string | undefined,
  socketAddress: string | undefined,
): string {
  if (trustProxy && forwardedFor) {
    const last = forwardedFor
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return networkKey(last);
  }
  return socketAddress ? networkKey(socketAddress) : 'unknown';
}
