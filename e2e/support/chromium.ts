import { execFileSync } from 'node:child_process';
import type { LaunchOptions } from 'playwright';

/** Finds Debian's Chromium; Playwright's own browser download cannot run on these machines. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
}

/**
 * Flags that keep headless Chromium quiet on a machine with no network, and give it a fake
 * microphone. `fakeAudioWav` is an absolute path; `%noloop` makes the mic go silent after it.
 */
export function chromiumLaunchOptions(fakeAudioWav?: string): LaunchOptions {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    '--autoplay-policy=no-user-gesture-required',
  ];
  if (fakeAudioWav) args.push(`--use-file-for-fake-audio-capture=${fakeAudioWav}%noloop`);
  return { executablePath: chromiumPath(), args };
}
