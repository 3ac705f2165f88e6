import { createSignal, onCleanup, Show, type Component } from 'solid-js';

type CameraState =
  | { status: 'off' }
  | { status: 'starting' }
  | { status: 'on'; stream: MediaStream }
  | { status: 'error'; message: string };

/** The candidate's own camera, for practising eye contact. It is only ever shown here, never sent anywhere. */
export const SelfView: Component = () => {
  const [camera, setCamera] = createSignal<CameraState>({ status: 'off' });

  const stop = () => {
    const c = camera();
    if (c.status === 'on') c.stream.getTracks().forEach((t) => t.stop());
    setCamera({ status: 'off' });
  };

  async function start() {
    setCamera({ status: 'starting' });
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
      setCamera({ status: 'on', stream });
    } catch (err) {
      const denied = err instanceof DOMException && err.name === 'NotAllowedError';
      setCamera({
        status: 'error',
        message: denied
          ? 'Camera access is blocked. Allow it for this site to see yourself, or carry on without it.'
          : 'The camera could not be started. Carry on without it, or check that no other app is using it.',
      });
    }
  }

  onCleanup(stop);
  const stream = () => {
    const c = camera();
    return c.status === 'on' ? c.stream : undefined;
  };

  return (
    <figure class="self-view">
      <Show
        when={stream()}
        fallback={
          <div class="self-placeholder" aria-hidden="true">
            You
          </div>
        }
      >
        {(s) => (
          <video
            class="self-video"
            muted
            autoplay
            playsinline
            ref={(el) => (el.srcObject = s())}
            aria-label="Your camera (only shown to you)"
          />
        )}
      </Show>
      <figcaption>
        <button
          type="button"
          class="link-button"
          aria-pressed={camera().status === 'on'}
          disabled={camera().status === 'starting'}
          onClick={() => (camera().status === 'on' ? stop() : void start())}
        >
          {camera().status === 'on' ? 'Turn camera off' : 'Show my camera'}
        </button>
        <span class="hint">Only you see this.</span>
        <Show when={camera().status === 'error' && camera()}>
          {(c) => (
            <p class="field-error" role="status">
              {(c() as { message: string }).message}
            </p>
          )}
        </Show>
      </figcaption>
    </figure>
  );
};
