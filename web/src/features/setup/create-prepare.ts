// The setup screen's Prepare action: write a preparation pack for the current setup, keep it on
// this device, then open it. One request at a time; leaving the screen or Cancel aborts it.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { InterviewSetup } from '../../lib/interview';
import type { GeneratePrepDeps } from '../prep/generate-prep';
import type { PrepFailure } from '../prep/prep-errors';

export type PrepareStatus = { kind: 'idle' } | { kind: 'preparing'; withCv: boolean; withJob: boolean } | { kind: 'failed'; failure: PrepFailure };

export interface Prepare {
  status: Accessor<PrepareStatus>;
  /** Ignored while a pack is being written. */
  start(setup: InterviewSetup): void;
  cancel(): void;
}

export function createPrepare(deps: GeneratePrepDeps, onReady: (id: string) => void): Prepare {
  const [status, setStatus] = createSignal<PrepareStatus>({ kind: 'idle' });
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  async function run(setup: InterviewSetup, signal: AbortSignal): Promise<void> {
    // Loaded on first use: the pack's schema validation is not needed to show the setup screen.
    const { generatePrepPack } = await import('../prep/generate-prep');
    const outcome = await generatePrepPack(deps, setup, signal);
    if (signal.aborted) return;
    if (outcome.ok) return onReady(outcome.id);
    setStatus('failure' in outcome ? { kind: 'failed', failure: outcome.failure } : { kind: 'idle' });
  }

  return {
    status,
    start(setup) {
      if (status().kind === 'preparing') return;
      controller = new AbortController();
      setStatus({ kind: 'preparing', withCv: Boolean(setup.cvText?.trim()), withJob: Boolean(setup.jobDescription?.text.trim() || setup.jobDescription?.title.trim()) });
      void run(setup, controller.signal);
    },
    cancel() {
      controller?.abort();
      setStatus({ kind: 'idle' });
    },
  };
}
