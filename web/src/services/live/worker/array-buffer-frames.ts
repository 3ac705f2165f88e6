// The Live service sends its messages as binary WebSocket frames. A browser hands those to the
// page as Blobs by default, and the SDK then awaits `blob.text()` for each one: a read back
// through the browser's blob store before any audio in the message can reach the player. As
// ArrayBuffers the SDK decodes them at once (TextDecoder), in arrival order. The SDK opens its
// socket with the global WebSocket and takes no factory of ours, so the Live worker's global is
// a WebSocket that asks for ArrayBuffers; the worker owns no other socket.

interface WebSocketScope {
  WebSocket: typeof WebSocket;
}

export function receiveFramesAsArrayBuffers(scope: WebSocketScope): void {
  const Native = scope.WebSocket;
  scope.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.binaryType = 'arraybuffer';
    }
  };
}
