// What went wrong with the microphone, narrowed from the error getUserMedia throws, and plain
// steps to fix it in the browser the person is using.
import type { MicErrorReason } from '../services/audio/types';

export function micReasonFrom(error: unknown): MicErrorReason {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'SecurityError':
      return 'insecure-context';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'not-found';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use';
    default:
      // No navigator.mediaDevices at all (old browser, or a page not served over https).
      return error instanceof TypeError ? 'unsupported' : 'unknown';
  }
}

export type BrowserFamily = 'chrome' | 'edge' | 'firefox' | 'safari' | 'other';

export function browserFamily(userAgent: string): BrowserFamily {
  if (/Edg\//.test(userAgent)) return 'edge';
  if (/Firefox\/|FxiOS\//.test(userAgent)) return 'firefox';
  if (/Chrome\/|Chromium\/|CriOS\//.test(userAgent)) return 'chrome';
  if (/Safari\//.test(userAgent)) return 'safari';
  return 'other';
}

export interface MicGuidance {
  title: string;
  steps: string[];
}

const ALLOW_STEPS: Record<BrowserFamily, string[]> = {
  chrome: [
    'Click the settings icon at the left end of the address bar.',
    'Set Microphone to Allow.',
    'Reload the page and check the microphone again.',
  ],
  edge: [
    'Click the lock icon at the left end of the address bar and choose Permissions for this site.',
    'Set Microphone to Allow.',
    'Reload the page and check the microphone again.',
  ],
  firefox: [
    'Click the crossed-out microphone icon in the address bar.',
    'Clear the “Blocked temporarily” or “Blocked” permission.',
    'Reload the page, check the microphone again and choose Allow.',
  ],
  safari: [
    'Open Safari › Settings for this website (or Settings › Websites › Microphone).',
    'Set Microphone to Allow.',
    'Reload the page and check the microphone again.',
  ],
  other: [
    'Open your browser’s site settings for this page.',
    'Allow the microphone.',
    'Reload the page and check the microphone again.',
  ],
};

const SYSTEM_STEP =
  'If it is still blocked, allow the browser in your computer’s privacy settings (on a Mac: System Settings › Privacy & Security › Microphone).';

export function micGuidance(reason: MicErrorReason, browser: BrowserFamily): MicGuidance {
  switch (reason) {
    case 'denied':
      return {
        title: 'The browser is not allowed to use your microphone.',
        steps: [...ALLOW_STEPS[browser], SYSTEM_STEP],
      };
    case 'not-found':
      return {
        title: 'No microphone was found.',
        steps: ['Plug in a headset or microphone, or switch one on.', 'Then check the microphone again.', SYSTEM_STEP],
      };
    case 'in-use':
      return {
        title: 'The microphone is busy or could not start.',
        steps: [
          'Close other apps or tabs that may be using it (video calls, recorders).',
          'Then check the microphone again.',
        ],
      };
    case 'insecure-context':
    case 'unsupported':
      return {
        title: 'This page cannot use a microphone here.',
        steps: [
          'Open Mockingbird over https (or on localhost) in a current browser such as Chrome, Edge, Firefox or Safari.',
        ],
      };
    case 'unknown':
      return {
        title: 'The microphone could not be started.',
        steps: ['Check the microphone again; if it keeps failing, restart the browser.'],
      };
  }
}
