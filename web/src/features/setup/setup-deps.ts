// What the setup screen needs from outside. `api` comes from the app's services; the document
// reader and the preferences store are built here with their real defaults until the app's
// Services carries them too (then this file reads all three from useServices()).
import { useServices } from '../../app/services';
import type { ApiClient } from '../../services/api/types';
import { createDocumentReader } from '../../services/documents/document-reader';
import { createPdfJsSource } from '../../services/documents/pdfjs-source';
import type { DocumentReader } from '../../services/documents/types';
import { createLocalStoragePreferences } from '../../services/preferences/local-storage-preferences';
import type { PreferencesStore } from '../../services/preferences/types';

export interface SetupDeps {
  api: ApiClient;
  documents: DocumentReader;
  preferences: PreferencesStore;
}

let defaults: Omit<SetupDeps, 'api'> | undefined;

export function useSetupDeps(): SetupDeps {
  const { api } = useServices();
  // One reader for the page's lifetime, so the PDF worker stays warm between files.
  defaults ??= { documents: createDocumentReader({ pdf: createPdfJsSource() }), preferences: createLocalStoragePreferences() };
  return { api, ...defaults };
}
