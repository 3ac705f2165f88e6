import { createServer } from 'node:net';

/** A loopback port nobody listens on right now (the OS picks it), for servers a test starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port.');
  return address.port;
}
