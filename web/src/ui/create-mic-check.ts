// The mic check's state in Solid: ask for the microphone when the person presses the button,
// show its level, list the microphones (and follow plugging and unplugging), and release
// everything when they leave the page.
import { createSignal, onCleanup } from 'solid-js';
import type { MicErrorReason } from '../services/audio/types';
import { micReasonFrom } from './mic-guidance';
import { makeMicLevelMeter, type MicLevelMeter } from './mic-meter';

export type MicCheckStatus =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'live'; heard: boolean }
  | { kind: 'failed'; reason: MicErrorReason };

export interface MicDevice {
  id: string;
  label: string;
}

// The same processing the interview uses, so what the meter shows is what the interviewer hears.
const PROCESSING = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };
// Above this level (about -30 dBFS) we are sure the microphone picks up a voice.
const HEARD_LEVEL = 0.5;

export function createMicCheck(opts: { deviceId?: string; onDeviceChosen: (id: string) => void }) {
  const [status, setStatus] = createSignal<MicCheckStatus>({ kind: 'idle' });
  const [level, setLevel] = createSignal(0);
  const [devices, setDevices] = createSignal<MicDevice[]>([]);
  const [deviceId, setDeviceId] = createSignal(opts.deviceId ?? '');
  let stream: MediaStream | undefined;
  let meter: MicLevelMeter | undefined;
  let attempt = 0;

  async function refreshDevices(): Promise<void> {
    const all = await navigator.mediaDevices.enumerateDevices();
    const inputs = all.filter((d) => d.kind === 'audioinput' && d.deviceId);
    setDevices(inputs.map((d, i) => ({ id: d.deviceId, label: d.label || `Microphone ${i + 1}` })));
  }
  const onDeviceChange = () => void refreshDevices().catch(() => undefined);

  function release(): void {
    meter?.stop();
    stream?.getTracks().forEach((t) => t.stop());
    meter = undefined;
    stream = undefined;
    setLevel(0);
  }

  async function open(id: string): Promise<MediaStream> {
    try {
      return await navigator.mediaDevices.getUserMedia({
        audio: id ? { ...PROCESSING, deviceId: { exact: id } } : PROCESSING,
      });
    } catch (error) {
      // A remembered microphone that is gone: fall back to the default one.
      if (id && micReasonFrom(error) === 'not-found') return navigator.mediaDevices.getUserMedia({ audio: PROCESSING });
      throw error;
    }
  }

  async function start(id = deviceId()): Promise<void> {
    const mine = (attempt += 1);
    release();
    setStatus({ kind: 'starting' });
    try {
      const opened = await open(id);
      if (mine !== attempt) return opened.getTracks().forEach((t) => t.stop());
      stream = opened;
      const actual = opened.getAudioTracks()[0]?.getSettings().deviceId ?? id;
      setDeviceId(actual);
      setStatus({ kind: 'live', heard: false });
      meter = makeMicLevelMeter(opened, (value) => {
        setLevel(value);
        const now = status();
        if (value >= HEARD_LEVEL && now.kind === 'live' && !now.heard) setStatus({ kind: 'live', heard: true });
      });
      navigator.mediaDevices.addEventListener('devicechange', onDeviceChange);
      await refreshDevices();
    } catch (error) {
      if (mine === attempt) setStatus({ kind: 'failed', reason: micReasonFrom(error) });
    }
  }

  function stop(): void {
    attempt += 1;
    release();
    setStatus({ kind: 'idle' });
  }

  function choose(id: string): void {
    setDeviceId(id);
    opts.onDeviceChosen(id);
    void start(id);
  }

  onCleanup(() => {
    stop();
    navigator.mediaDevices?.removeEventListener('devicechange', onDeviceChange);
  });

  return { status, level, devices, deviceId, start: () => void start(), stop, choose };
}
