// Tells a request the page's own Content-Security-Policy refused (connect-src) from a server
// that could not be reached: both reject fetch with the same bare TypeError. The browser fires
// `securitypolicyviolation` on the document for the first, so a watch listens while the request
// runs and is asked afterwards.

export interface PolicyWatch {
  /** True when the page's policy blocked a connection to this URL's origin while watched. */
  blocked(): Promise<boolean>;
  stop(): void;
}

export type WatchPagePolicy = (url: string) => PolicyWatch;

/** The violation event can arrive a task after fetch rejects; this is how long it is awaited. */
const SETTLE_MS = 100;

function originOf(url: string, base: string): string | undefined {
  return URL.canParse(url, base) ? new URL(url, base).origin : undefined;
}

export function makePagePolicyWatch(target: EventTarget, pageUrl: () => string): WatchPagePolicy {
  return (url) => {
    const wanted = originOf(url, pageUrl());
    let seen = false;
    const listener = (event: Event) => {
      const blockedUri = 'blockedURI' in event && typeof event.blockedURI === 'string' ? event.blockedURI : '';
      if (wanted !== undefined && originOf(blockedUri, pageUrl()) === wanted) seen = true;
    };
    target.addEventListener('securitypolicyviolation', listener);
    const stop = () => target.removeEventListener('securitypolicyviolation', listener);
    return {
      async blocked() {
        if (!seen) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        stop();
        return seen;
      },
      stop,
    };
  };
}

export function pagePolicyMessage(url: string): string {
  const origin = URL.canParse(url) ? new URL(url).origin : url;
  return (
    `This page’s security policy does not allow it to connect to ${origin}, so the browser blocked the request before it was sent. ` +
    'Open Mockingbird from that server’s own address instead, or leave the server address empty to use the server this page came from.'
  );
}
