// The setup screen's Prepare action: write a preparation pack for the current setup, keep it on
// this device, then open it. One request at a time; leaving the screen or Cancel aborts it.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { InterviewSetup } from '../../lib/interview';

/** Why a pack could not be made, as the prep feature words it. */
export interface PackFailure {
  message: string;
  /** Show a link to Settings (access code, server address, own key). */
  settings: boolean;
}

export type PackOutcome =
  { ok: true; id: string } | { ok: false; failure: PackFailure } | { ok: false; cancelled: true };

/**
 * Writes and keeps a pack for a setup. The prep feature owns it; the app hands it in (setup does
 * not import another feature's files), loaded on first use.
 */
export type WritePack = (setup: InterviewSetup, signal: AbortSignal) => Promise<PackOutcome>;

export type PrepareStatus =
  | { kind: 'idle' }
  | { kind: 'preparing'; withCv: boolean; withJob: boolean }
  | { kind: 'failed'; failure: PackFailure };

export interface Prepare {
  status: Accessor<PrepareStatus>;
  /** Ignored while a pack is being written. */
  start(setup: InterviewSetup): void;
  cancel(): void;
}

export function createPrepare(writePack: WritePack, onReady: (id: string) => void): Prepare {
  const [status, setStatus] = createSignal<PrepareStatus>({ kind: 'idle' });
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  async function run(setup: InterviewSetup, signal: AbortSignal): Promise<void> {
    const outcome = await writePack(setup, signal);
    if (signal.aborted) return;
    if (outcome.ok) return onReady(outcome.id);
    setStatus('failure' in outcome ? { kind: 'failed', failure: outcome.failure } : { kind: 'idle' });
  }

  return {
    status,
    start(setup) {
      if (status().kind === 'preparing') return;
      controller = new AbortController();
      setStatus({
        kind: 'preparing',
        withCv: Boolean(setup.cvText?.trim()),
        withJob: Boolean(setup.jobDescription?.text.trim() || setup.jobDescription?.title.trim()),
      });
      void run(setup, controller.signal);
    },
    cancel() {
      controller?.abort();
      setStatus({ kind: 'idle' });
    },
  };
}
