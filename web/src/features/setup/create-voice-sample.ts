// "Hear a sample" on setup: fetches a short greeting in the chosen voice and language from the
// server (made by the Live model), keeps it for this page, and plays it through an <audio>
// element the component hands in. One status union says where it stands.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { ApiError, type ApiClient } from '../../services/api/types';

export type SampleStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; voice: string }
  | { kind: 'playing'; voice: string }
  | { kind: 'failed'; message: string };

export interface VoiceSample {
  status: Accessor<SampleStatus>;
  /** Plays the sample of `voice` in `languageCode`, or stops the one playing. */
  toggle(voice: string, languageCode: string): void;
  stop(): void;
  attach(audio: HTMLAudioElement): void;
}

const FETCH_FAILED = 'The sample could not be fetched. Check your connection and try again.';
const PLAY_FAILED =
  'This browser would not play the sample. Check that sound is allowed for this page, then try again.';

export function createVoiceSample(api: Pick<ApiClient, 'voiceSample'>): VoiceSample {
  const [status, setStatus] = createSignal<SampleStatus>({ kind: 'idle' });
  const urls = new Map<string, string>();
  let audio: HTMLAudioElement | undefined;
  let asking: AbortController | undefined;
  onCleanup(() => {
    asking?.abort();
    audio?.pause();
    urls.forEach((url) => URL.revokeObjectURL(url));
  });

  async function urlFor(key: string, voice: string, languageCode: string, signal: AbortSignal): Promise<string> {
    const known = urls.get(key);
    if (known) return known;
    const url = URL.createObjectURL(await api.voiceSample({ voice, languageCode }, signal));
    urls.set(key, url);
    return url;
  }

  async function play(voice: string, languageCode: string): Promise<void> {
    asking?.abort();
    const controller = (asking = new AbortController());
    setStatus({ kind: 'loading', voice });
    let url: string;
    try {
      url = await urlFor(`${voice}|${languageCode}`, voice, languageCode, controller.signal);
    } catch (err) {
      if (controller.signal.aborted) return;
      return void setStatus({ kind: 'failed', message: err instanceof ApiError ? err.message : FETCH_FAILED });
    }
    if (controller.signal.aborted || !audio) return;
    audio.src = url;
    setStatus({ kind: 'playing', voice });
    await audio.play().catch(() => setStatus({ kind: 'failed', message: PLAY_FAILED }));
  }

  function stop(): void {
    asking?.abort();
    audio?.pause();
    setStatus({ kind: 'idle' });
  }

  return {
    status,
    toggle(voice, languageCode) {
      const now = status();
      if (now.kind === 'playing' || now.kind === 'loading') return stop();
      void play(voice, languageCode);
    },
    stop,
    attach(element) {
      audio = element;
      element.addEventListener('ended', () => setStatus({ kind: 'idle' }));
    },
  };
}
