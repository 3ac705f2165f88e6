import { describe, expect, it } from 'vitest';
import { downloadText, type DownloadHost } from './download';

function fakeHost() {
  const events: string[] = [];
  const blobs: Blob[] = [];
  const pending: (() => void)[] = [];
  const anchor = {
    href: '',
    download: '',
    click: () => events.push(`click ${anchor.download} ${anchor.href}`),
    remove: () => events.push('remove'),
  };
  const host: DownloadHost = {
    createObjectURL: (blob) => {
      blobs.push(blob);
      return 'blob:file-1';
    },
    revokeObjectURL: (url) => events.push(`revoke ${url}`),
    createAnchor: () => anchor,
    appendToBody: () => events.push('append'),
    later: (run) => pending.push(run),
  };
  return { host, events, blobs, runLater: () => pending.splice(0).forEach((run) => run()) };
}

describe('downloadText', () => {
  it('clicks a named link to the file and frees the URL only afterwards', () => {
    const { host, events, runLater } = fakeHost();
    downloadText('notes.md', '# Hello', 'text/markdown', host);
    expect(events).toEqual(['append', 'click notes.md blob:file-1', 'remove']);
    runLater();
    expect(events.at(-1)).toBe('revoke blob:file-1');
  });

  it('saves the exact text as UTF-8 with the given type', async () => {
    const { host, blobs } = fakeHost();
    downloadText('t.json', '{"a":"é"}', 'application/json', host);
    expect(blobs[0]?.type).toBe('application/json;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('{"a":"é"}');
  });
});
