// The main thread's side of the capture consumers: who asked for a port, and handing each of
// them a fresh MessageChannel end whenever a capture graph opens (the other end goes to the
// worklet in an 'add-port' message). A closed graph takes its worklet's ports with it, so a
// restarted microphone links every consumer again.

import type { AddPortMessage, RemovePortMessage } from './capture-consumer-messages';

/** The capture worklet node's port, as far as linking needs it. */
export type WorkletCommandPort = Pick<MessagePort, 'postMessage'>;

export class CaptureConsumerLinks {
  private readonly consumers = new Map<number, (port: MessagePort) => void>();
  private nextId = 1;
  private worklet: WorkletCommandPort | undefined;

  constructor(private readonly makeChannel: () => MessageChannel = () => new MessageChannel()) {}

  /** Registers a consumer; it gets a port now if capture runs, and on every later start. */
  add(onPort: (port: MessagePort) => void): () => void {
    const id = this.nextId++;
    this.consumers.set(id, onPort);
    if (this.worklet) this.link(this.worklet, id, onPort);
    return () => {
      if (!this.consumers.delete(id)) return;
      const remove: RemovePortMessage = { type: 'remove-port', id };
      this.worklet?.postMessage(remove);
    };
  }

  /** A capture graph opened: link every consumer to its worklet. */
  attach(worklet: WorkletCommandPort): void {
    this.worklet = worklet;
    this.consumers.forEach((onPort, id) => this.link(worklet, id, onPort));
  }

  /** The capture graph closed (its worklet and the ports it held are gone). */
  detach(): void {
    this.worklet = undefined;
  }

  private link(worklet: WorkletCommandPort, id: number, onPort: (port: MessagePort) => void): void {
    const channel = this.makeChannel();
    const add: AddPortMessage = { type: 'add-port', id, port: channel.port2 };
    worklet.postMessage(add, [channel.port2]);
    onPort(channel.port1);
  }
}
