// Settings in localStorage, like the setup preferences: storage may be missing, blocked (a
// SecurityError on access) or full, and none of that may stop the app from starting, so every
// failure falls back to the defaults (read) or returns false (write).
import { DEFAULT_APP_SETTINGS, type AppSettings, type AppSettingsStore } from './types';

export const APP_SETTINGS_KEY = 'mockingbird:settings:v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Trimmed text; anything that is not text reads as '' (not set). */
const setting = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Keeps what is valid; an address that is not an http(s) URL falls back to the page's own
 * server. Checked by hand, not with zod: every page reads this at start-up, and zod alone would
 * outweigh the first screen's JavaScript budget.
 */
export function parseAppSettings(raw: unknown): AppSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_APP_SETTINGS };
  const r = raw as Record<string, unknown>;
  const server = checkServerUrl(setting(r.serverUrl));
  return {
    serverUrl: server.ok ? server.value : '',
    accessCode: setting(r.accessCode),
    geminiKey: setting(r.geminiKey),
  };
}

export type ServerUrlCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * '' (this page's server) or an http(s) address, without a trailing slash, query or fragment.
 * `pageProtocol` catches an http:// server on an https:// page, which the browser would block.
 */
export function checkServerUrl(input: string, pageProtocol?: string): ServerUrlCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: true, value: '' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      message:
        'Enter the server address as a full web address, such as https://mockingbird.example.com, or leave it empty.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      message: 'The server address must start with https:// (or http:// for a server on this computer).',
    };
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (pageProtocol === 'https:' && url.protocol === 'http:' && !local) {
    return {
      ok: false,
      message:
        'This page is served over https, so the browser will block a server at an http:// address. Use its https:// address.',
    };
  }
  return { ok: true, value: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

export function createAppSettingsStore(
  getStorage: () => StorageLike | undefined = () => globalThis.localStorage,
): AppSettingsStore {
  return {
    load() {
      try {
        const saved = getStorage()?.getItem(APP_SETTINGS_KEY);
        return saved ? parseAppSettings(JSON.parse(saved)) : { ...DEFAULT_APP_SETTINGS };
      } catch {
        return { ...DEFAULT_APP_SETTINGS };
      }
    },
    save(settings) {
      try {
        const storage = getStorage();
        if (!storage) return false;
        storage.setItem(APP_SETTINGS_KEY, JSON.stringify(parseAppSettings(settings)));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** What main.tsx reads at start-up to build the API client. */
export function loadAppSettings(getStorage?: () => StorageLike | undefined): AppSettings {
  return createAppSettingsStore(getStorage).load();
}
