// URLs of the bundled worklet modules. `?worker&url` makes Vite compile each worklet as its own
// self-contained bundle (lib/ imports included) and hand back its URL, in dev and in the build;
// a plain `?url` or `new URL(…, import.meta.url)` would ship the TypeScript untranspiled.
import captureWorkletUrl from './capture.worklet?worker&url';
import playbackWorkletUrl from './playback.worklet?worker&url';

export { captureWorkletUrl, playbackWorkletUrl };
