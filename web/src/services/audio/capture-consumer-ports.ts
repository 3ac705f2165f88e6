// The capture worklet's side of the capture consumers: the ports it was handed, and the fan-out
// of each frame to them. Every port gets its own copy of the samples, transferred (so no consumer
// can see another's buffer detach); the worklet's own main-thread chunk keeps the original.
// Kept free of worklet globals so it can be tested in Node.

import type { CaptureConsumerCommand, CaptureFrameMessage } from './capture-consumer-messages';

/** What the fan-out needs of a MessagePort. */
export type FramePort = Pick<MessagePort, 'postMessage' | 'close'>;

export class CaptureConsumerPorts {
  private readonly ports = new Map<number, FramePort>();

  constructor(private readonly sampleRate: number) {}

  /** Applies an add-port or remove-port command. A repeated id replaces (and closes) the old port. */
  apply(command: CaptureConsumerCommand): void {
    this.ports.get(command.id)?.close();
    this.ports.delete(command.id);
    if (command.type === 'add-port') this.ports.set(command.id, command.port);
  }

  size(): number {
    return this.ports.size;
  }

  /**
   * Posts a copy of `pcm` (starting at stream sample `position`, its last sample captured at
   * context time `endTime`) to every port.
   */
  post(pcm: Int16Array, position: number, endTime?: number): void {
    for (const port of this.ports.values()) {
      const copy = pcm.slice();
      const frame: CaptureFrameMessage = {
        type: 'capture-frame',
        pcm: copy,
        position,
        sampleRate: this.sampleRate,
        ...(endTime === undefined ? {} : { endTime }),
      };
      port.postMessage(frame, [copy.buffer]);
    }
  }
}
