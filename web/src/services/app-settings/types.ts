// Connection settings of this browser, chosen on the Settings screen and read once at start-up
// by main.tsx to build the API client.
export interface AppSettings {
  /** The token server's address; '' means the server that served this page. */
  serverUrl: string;
  /** Sent to the server when it asks for one; '' when none. */
  accessCode: string;
  /**
   * The user's own Gemini API key, for a copy of Mockingbird with no server. When set, the Live
   * interview and the report talk to Gemini directly with it. Kept only in this browser and
   * never exported in a backup. '' when none.
   */
  geminiKey: string;
}

export const DEFAULT_APP_SETTINGS: AppSettings = { serverUrl: '', accessCode: '', geminiKey: '' };

export interface AppSettingsStore {
  /** The saved settings; the defaults when nothing is saved or storage cannot be read. */
  load(): AppSettings;
  /** Returns false when the browser refused to store (blocked or full storage); never throws. */
  save(settings: AppSettings): boolean;
}
