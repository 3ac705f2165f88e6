// AudioWorklet that turns the microphone into 16 kHz PCM16 chunks. Runs on the audio thread;
// loaded by URL (see worklet-urls.ts) and bundled by Vite with its lib/ imports.
import { floatToInt16 } from '../../lib/pcm';
import { isCaptureConsumerCommand } from './capture-consumer-messages';
import { CaptureConsumerPorts } from './capture-consumer-ports';
import { CaptureFramer } from './capture-framer';
import { LevelPace } from './level-pace';
import { CAPTURE_PROCESSOR, isChunkDeliveryMessage, isMuteMessage, type CaptureMessage } from './worklet-messages';
import { numberOption, workletScope, type WorkletProcessorOptions } from './worklet-scope';

class CaptureProcessor extends workletScope.AudioWorkletProcessor {
  private readonly framer: CaptureFramer;
  /** Ports handed over by the main thread (capture consumers: the voice-activity worker, …). */
  private readonly consumers: CaptureConsumerPorts;
  /** Level-only messages go to the main thread at a modest pace (level-pace.ts). */
  private readonly levelPace: LevelPace;
  private muted = false;
  /** Off when a capture consumer sends the audio itself: the main thread then gets levels only. */
  private chunksToMain = true;

  constructor(options: WorkletProcessorOptions) {
    super(options);
    const targetRate = numberOption(options, 'targetRate', 16000);
    const chunkSamples = Math.round(numberOption(options, 'chunkSamples', targetRate / 100));
    this.framer = new CaptureFramer(workletScope.sampleRate, targetRate, chunkSamples);
    this.consumers = new CaptureConsumerPorts(targetRate);
    this.levelPace = new LevelPace(targetRate);
    this.port.onmessage = (event: MessageEvent<unknown>) => {
      if (isMuteMessage(event.data)) this.muted = event.data.muted;
      else if (isChunkDeliveryMessage(event.data)) this.chunksToMain = event.data.on;
      else if (isCaptureConsumerCommand(event.data)) this.consumers.apply(event.data);
    };
  }

  process(inputs: Float32Array[][]): boolean {
    // The node is created with channelCount 1 / 'explicit', so the browser has already mixed to mono.
    const input = inputs[0]?.[0];
    if (!input) return true;
    for (const chunk of this.framer.push(input, workletScope.currentFrame)) {
      if (this.muted) {
        this.postLevel(chunk.level, chunk.position);
        continue;
      }
      // Clamp-and-convert here so the main thread receives wire-ready samples; the buffer is
      // transferred, not copied.
      const pcm = floatToInt16(chunk.samples);
      this.consumers.post(pcm, chunk.position, chunk.endTime);
      if (this.chunksToMain)
        this.post({ type: 'chunk', pcm, endTime: chunk.endTime, level: chunk.level }, [pcm.buffer]);
      else this.postLevel(chunk.level, chunk.position);
    }
    return true;
  }

  private postLevel(level: number, position: number): void {
    if (this.levelPace.due(position)) this.post({ type: 'level', level });
  }

  private post(message: CaptureMessage, transfer: Transferable[] = []): void {
    this.port.postMessage(message, transfer);
  }
}

workletScope.registerProcessor(CAPTURE_PROCESSOR, CaptureProcessor);
