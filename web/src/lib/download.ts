// Saves text or a blob as a file the user keeps: an object URL on a temporary <a download>,
// clicked once. The URL is revoked on the next tick, not at once, because some browsers start
// reading it only after the click handler has returned.

/** The parts of the browser this needs, so tests can pass their own. */
export interface DownloadHost {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  createAnchor(): Pick<HTMLAnchorElement, 'href' | 'download' | 'click' | 'remove'>;
  appendToBody(anchor: Pick<HTMLAnchorElement, 'href' | 'download' | 'click' | 'remove'>): void;
  later(run: () => void): void;
}

export function browserDownloadHost(): DownloadHost {
  return {
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    createAnchor: () => document.createElement('a'),
    // Firefox ignores a click on an anchor that is not in the document.
    appendToBody: (anchor) => document.body.append(anchor as HTMLAnchorElement),
    later: (run) => void setTimeout(run, 0),
  };
}

export function downloadBlob(fileName: string, blob: Blob, host: DownloadHost = browserDownloadHost()): void {
  const url = host.createObjectURL(blob);
  const anchor = host.createAnchor();
  anchor.href = url;
  anchor.download = fileName;
  host.appendToBody(anchor);
  anchor.click();
  anchor.remove();
  host.later(() => host.revokeObjectURL(url));
}

/** `mimeType` such as "text/markdown" or "application/json"; UTF-8 is always added. */
export function downloadText(fileName: string, text: string, mimeType: string, host?: DownloadHost): void {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }), host);
}
