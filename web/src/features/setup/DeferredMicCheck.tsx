import { createSignal, Match, Switch, type Component } from 'solid-js';
import { loadOnce } from '../../lib/load-once';

// The microphone check's code (getUserMedia, the level meter, the fixes per browser) loads the
// first time the panel that holds it opens, not with the first screen: most visits never use it.
// A failed load (the connection dropped) says so and offers to try again.

const loadMicCheck = loadOnce(() => import('../../ui/MicCheck').then((m) => m.MicCheck));

type Loaded = Awaited<ReturnType<typeof loadMicCheck>>;
type Status = { kind: 'loading' } | { kind: 'ready'; MicCheck: Loaded } | { kind: 'failed' };

export const DeferredMicCheck: Component<{ deviceId?: string; onDeviceChosen: (id: string) => void }> = (props) => {
  const [status, setStatus] = createSignal<Status>({ kind: 'loading' });
  const load = () => {
    setStatus({ kind: 'loading' });
    loadMicCheck().then(
      (MicCheck) => setStatus({ kind: 'ready', MicCheck }),
      () => setStatus({ kind: 'failed' }),
    );
  };
  load();
  const ready = () => {
    const now = status();
    return now.kind === 'ready' ? now.MicCheck : undefined;
  };
  return (
    <Switch>
      <Match when={ready()}>
        {(loaded) => {
          const MicCheck = loaded();
          return <MicCheck deviceId={props.deviceId} onDeviceChosen={(id) => props.onDeviceChosen(id)} />;
        }}
      </Match>
      <Match when={status().kind === 'failed'}>
        <p class="mic-problem" role="alert">
          The microphone check could not load (the connection may have dropped).{' '}
          <button type="button" class="link-button" onClick={load}>
            Try again
          </button>
        </p>
      </Match>
    </Switch>
  );
};
