import { emptyProbeRecords } from './probe-empty.ts';
import { watchScriptProcessors, watchWorklets } from './probe-capture.ts';
import { watchSockets } from './probe-network.ts';
import { watchOutput, watchSourcePerChunkPlayer, watchStartClick } from './probe-output.ts';
import type { ProbeState } from './probe-state.ts';

// Runs in the page before the app (see probe-script.ts): it watches what the app does with
// audio and the network and changes none of it. It wraps the constructors and methods the app
// calls (AudioWorkletNode, ScriptProcessor, WebSocket, AudioNode.connect, buffer sources) and
// adds a listener or a measurement tap beside each. The parts (probe-*.ts) are
// transpiled one by one and injected as one script with their imports removed, so they may
// import only from each other and must not use anything else at runtime.

export function installProbe(tapSource: string): void {
  const records = emptyProbeRecords();
  window.__benchProbe = records;
  const state: ProbeState = { lastAudioMessageAt: Number.NEGATIVE_INFINITY, reading: Promise.resolve() };
  const NativeWorkletNode = window.AudioWorkletNode;
  watchWorklets(records, NativeWorkletNode);
  watchScriptProcessors(records);
  watchSockets(records, state);
  watchOutput(records, tapSource, NativeWorkletNode);
  watchSourcePerChunkPlayer(records);
  watchStartClick(records);
}
