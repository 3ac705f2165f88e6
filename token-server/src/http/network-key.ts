import { isIPv4, isIPv6 } from 'node:net';

// The rate limit counts per client network, not per address. One IPv6 subscriber is handed a
// whole /64 (2^64 addresses, RFC 6177 and common ISP practice), so counting per address let a
// single client guess the access code at full speed by changing address on every request.
// IPv6 addresses are therefore counted by their /64; an IPv4 address written as IPv6
// ("::ffff:203.0.113.9", as a dual-stack socket reports it) counts as that IPv4 address.

/** The eight 16-bit groups of a valid IPv6 address, as numbers. */
function ipv6Groups(address: string): number[] {
  const [head = '', tail] = address.split('::');
  const parse = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        });
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** The key one client network is counted under. */
export function networkKey(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(bare)) return address;
  return `${ipv6Groups(bare)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
