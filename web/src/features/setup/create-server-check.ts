// What the server offers, read from /api/health when the setup screen opens, as a status union.
// 'unreachable' does not block Start: the server may come back, and Start then explains.
import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import { readServerFeatures, type FeatureName, type ServerFeatures } from '../../services/api/feature-status';
import type { ApiClient } from '../../services/api/types';

/** The notice at the top of setup that explains what is off (ServiceNotice.tsx). */
export const SERVICE_NOTICE_ID = 'service-notice';

export type ServerCheck =
  { kind: 'checking' } | { kind: 'known'; features: ServerFeatures } | { kind: 'unreachable'; message: string };

export interface ServerCheckState {
  check: Accessor<ServerCheck>;
  /** The avatar can be offered: the server said it is on. */
  avatarOn: Accessor<boolean>;
  /** Why a feature is off, once the server has said it is; undefined while unknown or on. */
  offReason: (name: FeatureName) => string | undefined;
  /** Start must wait: the server said live interviews are off. */
  liveOff: Accessor<boolean>;
}

export function createServerCheck(api: Pick<ApiClient, 'health'>): ServerCheckState {
  const [check, setCheck] = createSignal<ServerCheck>({ kind: 'checking' });
  onMount(() => {
    const controller = new AbortController();
    onCleanup(() => controller.abort());
    api.health(controller.signal).then(
      (health) => setCheck({ kind: 'known', features: readServerFeatures(health) }),
      (err: unknown) => {
        if (!controller.signal.aborted)
          setCheck({ kind: 'unreachable', message: err instanceof Error ? err.message : String(err) });
      },
    );
  });
  const features = () => {
    const now = check();
    return now.kind === 'known' ? now.features : undefined;
  };
  return {
    check,
    avatarOn: () => features()?.avatar.ok === true,
    offReason: (name) => {
      const feature = features()?.[name];
      return feature && !feature.ok ? feature.reason : undefined;
    },
    liveOff: () => features()?.live.ok === false,
  };
}
