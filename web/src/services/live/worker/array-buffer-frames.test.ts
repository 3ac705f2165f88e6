import { describe, expect, it } from 'vitest';
import { receiveFramesAsArrayBuffers } from './array-buffer-frames';

/** Stands in for the browser's WebSocket: records what it was opened with; binaryType starts as the browser's default. */
class RecordingSocket {
  binaryType: 'blob' | 'arraybuffer' = 'blob';
  constructor(
    readonly url: string | URL,
    readonly protocols?: string | string[],
  ) {}
}

describe('receiveFramesAsArrayBuffers', () => {
  it('makes every socket opened through the scope receive binary frames as ArrayBuffers', () => {
    const scope = { WebSocket: RecordingSocket as unknown as typeof WebSocket };
    receiveFramesAsArrayBuffers(scope);
    const socket = new scope.WebSocket('wss://example.test/ws', ['p']);
    expect(socket.binaryType).toBe('arraybuffer');
    expect(socket).toBeInstanceOf(RecordingSocket);
    expect((socket as unknown as RecordingSocket).url).toBe('wss://example.test/ws');
    expect((socket as unknown as RecordingSocket).protocols).toEqual(['p']);
  });

  it('leaves sockets made before it untouched', () => {
    const scope = { WebSocket: RecordingSocket as unknown as typeof WebSocket };
    const before = new scope.WebSocket('wss://example.test/ws');
    receiveFramesAsArrayBuffers(scope);
    expect(before.binaryType).toBe('blob');
  });
});
