import type { ProbeRecords } from './probe-records.ts';
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
  const records: ProbeRecords = {
    captures: [],
    speech: [],
    replyStarts: [],
    onsets: [],
    sockets: [],
    goAways: [],
    unmatchedSends: 0,
    uninspectedMessages: 0,
    cappedCaptureTimes: 0,
    playerUnderruns: 0,
    baselineUnderruns: 0,
  };
  window.__benchProbe = records;
  const state: ProbeState = { pending: -1, lastAudioMessageAt: Number.NEGATIVE_INFINITY, reading: Promise.resolve() };
  const NativeWorkletNode = window.AudioWorkletNode;
  watchWorklets(records, state, NativeWorkletNode);
  watchScriptProcessors(records, state);
  watchSockets(records, state);
  watchOutput(records, tapSource, NativeWorkletNode);
  watchSourcePerChunkPlayer(records);
  watchStartClick(records);
}
