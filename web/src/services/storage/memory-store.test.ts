import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import { describeStoreContract } from './store-contract';
import { describeStoreBulkContract } from './store-contract-bulk';
import { makeInterview, makeRecording, makeTurn } from './test-fixtures';

const open = () => Promise.resolve({ store: createMemoryStore(), cleanup: () => undefined });
describeStoreContract('memory store', open);
describeStoreBulkContract('memory store', open);

describe('memory store', () => {
  it("says it is memory, so the UI can warn that history won't be kept", () => {
    expect(createMemoryStore().kind).toBe('memory');
  });

  it('approximates the space its data takes, recordings included', async () => {
    const store = createMemoryStore();
    const empty = await store.estimateUsage();
    await store.createInterview(makeInterview('a', 1));
    await store.putTurn('a', makeTurn(0, 'x'.repeat(1000)));
    await store.putRecording({ ...makeRecording('a'), blob: new Blob([new Uint8Array(5000)]), bytes: 5000 });
    const used = await store.estimateUsage();
    expect(used.source).toBe('approximate');
    // 1,000 characters of text at two bytes each, plus 5,000 bytes of audio, plus the records.
    expect(used.usedBytes - empty.usedBytes).toBeGreaterThan(7000);
    expect(used.usedBytes - empty.usedBytes).toBeLessThan(9000);
  });
});
