import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import { importBackup, readBackupFile } from './backup';

// A file over the limit must be refused from its size alone, before its text is loaded: a
// multi-gigabyte file read into one string can take the tab down before any check on the
// string runs. The parse-time length check behind it would hide a missing size check, so these
// tests watch whether the file was read at all.

/** A Blob that counts how often its contents were read. */
class WatchedBlob extends Blob {
  reads = 0;
  override text(): Promise<string> {
    this.reads += 1;
    return super.text();
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    this.reads += 1;
    return super.arrayBuffer();
  }
}

describe('backup size check', () => {
  it('refuses a file over the limit without reading it', async () => {
    const file = new WatchedBlob(['x'.repeat(2_000)]);
    const read = await readBackupFile(file, 1_000);
    expect(read.ok).toBe(false);
    expect(file.reads).toBe(0);
  });

  it('imports nothing from an oversized file and never opens it', async () => {
    const file = new WatchedBlob(['x'.repeat(2_000)]);
    const store = createMemoryStore();
    const outcome = await importBackup(file, store, 1_000);
    expect(outcome.ok).toBe(false);
    expect(file.reads).toBe(0);
    expect((await store.exportSnapshot()).interviews).toEqual([]);
  });

  it('reads a file within the limit', async () => {
    const file = new WatchedBlob(['{}']);
    await readBackupFile(file, 1_000);
    expect(file.reads).toBeGreaterThan(0);
  });
});
