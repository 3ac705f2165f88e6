// AudioWorklet that plays queued 24 kHz PCM16 gap-free from a ring buffer. Runs on the audio
// thread; loaded by URL (see worklet-urls.ts) and bundled by Vite with its lib/ imports.
import { DEFAULT_PLAYBACK_TUNING, PlaybackEngine, type PlaybackTuning } from './playback-engine';
import { isPlaybackCommand, isSourcePortMessage, PLAYBACK_PROCESSOR } from './worklet-messages';
import { numberOption, workletScope, type WorkletProcessorOptions } from './worklet-scope';

class PlaybackProcessor extends workletScope.AudioWorkletProcessor {
  private readonly engine: PlaybackEngine;

  constructor(options: WorkletProcessorOptions) {
    super(options);
    const tuning = { ...DEFAULT_PLAYBACK_TUNING };
    for (const key of Object.keys(tuning) as (keyof PlaybackTuning)[])
      tuning[key] = numberOption(options, key, tuning[key]);
    const sourceRate = numberOption(options, 'sourceRate', 24000);
    this.engine = new PlaybackEngine(sourceRate, workletScope.sampleRate, tuning, (status) =>
      this.port.postMessage(status),
    );
    this.port.onmessage = (event: MessageEvent<unknown>) => {
      if (isSourcePortMessage(event.data)) event.data.port.onmessage = (e: MessageEvent<unknown>) => this.apply(e.data);
      else this.apply(event.data);
    };
  }

  private apply(command: unknown): void {
    if (!isPlaybackCommand(command)) return;
    if (command.type === 'pcm') this.engine.enqueue(command.pcm);
    else if (command.type === 'flush') this.engine.flush();
    else this.engine.setMuted(command.muted);
  }

  process(_inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    const channel = outputs[0]?.[0];
    if (channel) this.engine.render(channel);
    return true;
  }
}

workletScope.registerProcessor(PLAYBACK_PROCESSOR, PlaybackProcessor);
