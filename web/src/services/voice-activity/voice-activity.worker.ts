// The voice-activity worker: a module Worker (see worker-service.ts) fed by the capture
// worklet's port. Everything it does lives in detector-host.ts; this file only binds it to the
// worker's global scope.

import { hostDetector, type HostScope } from './detector-host';
import { loadSileroFromOrigin } from './silero-from-origin';

const scope = self as unknown as HostScope & { location: { href: string } };
hostDetector(scope, { loadModel: () => loadSileroFromOrigin(scope.location.href) });
