import type { Page } from 'playwright/test';

// The browser's side of microphone failures, simulated in the page before the app loads: the
// app's own code is untouched and sees what a browser would hand it.

interface MicHooks {
  deny: boolean;
  tracks: MediaStreamTrack[];
}

/**
 * getUserMedia answers NotAllowedError while `deny` is on, as when the candidate (or a site
 * setting) blocks the microphone; tracks it hands out are kept so a spec can "unplug" them.
 */
export async function hookMicrophone(page: Page, opts: { deny: boolean }): Promise<void> {
  await page.addInitScript((deny: boolean) => {
    const hooks: MicHooks = { deny, tracks: [] };
    Reflect.set(window, '__micHooks', hooks);
    const devices = navigator.mediaDevices;
    const original = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints?: MediaStreamConstraints) => {
      if (hooks.deny) throw new DOMException('Permission denied', 'NotAllowedError');
      const stream = await original(constraints);
      hooks.tracks.push(...stream.getAudioTracks());
      return stream;
    };
  }, opts.deny);
}

export async function allowMicrophone(page: Page): Promise<void> {
  await page.evaluate(() => {
    (Reflect.get(window, '__micHooks') as MicHooks).deny = false;
  });
}

/** Ends every live microphone track the way an unplugged device does: stopped, then 'ended'. */
export async function unplugMicrophone(page: Page): Promise<number> {
  return page.evaluate(() => {
    const live = (Reflect.get(window, '__micHooks') as MicHooks).tracks.filter((t) => t.readyState === 'live');
    for (const track of live) {
      track.stop();
      track.dispatchEvent(new Event('ended'));
    }
    return live.length;
  });
}

/** How many microphone tracks the page holds open right now (opened through getUserMedia). */
export async function liveMicrophoneTracks(page: Page): Promise<number> {
  return page.evaluate(
    () => (Reflect.get(window, '__micHooks') as MicHooks).tracks.filter((t) => t.readyState === 'live').length,
  );
}
