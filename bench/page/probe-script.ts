import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Page } from 'playwright';
import type { ProbeRecords } from './probe-records.ts';

// Turns probe.ts into one init script for page.addInitScript, and reads its records back.

/**
 * The output tap, an AudioWorklet module (plain JavaScript: it is loaded from a blob URL).
 * It reports the frame of the first non-zero sample after at least 300 ms of silence; a
 * disconnected or inactive input counts as silence.
 */
const TAP_WORKLET = `
registerProcessor('bench-output-tap', class extends AudioWorkletProcessor {
  constructor() { super(); this.sounding = false; this.quiet = 0; }
  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    let first = -1;
    if (ch) for (let i = 0; i < ch.length; i++) if (ch[i] > 1e-6 || ch[i] < -1e-6) { first = i; break; }
    if (first >= 0) {
      if (!this.sounding) this.port.postMessage({ frame: currentFrame + first });
      this.sounding = true;
      this.quiet = 0;
    } else if (this.sounding) {
      this.quiet += ch ? ch.length : 128;
      if (this.quiet >= sampleRate * 0.3) this.sounding = false;
    }
    return true;
  }
});`;

/** The probe's parts; each may import only from the others (the imports are removed). */
const PARTS = ['probe-state.ts', 'probe-capture.ts', 'probe-network.ts', 'probe-output.ts', 'probe.ts'];

let cached: string | undefined;

function transpiledPart(name: string): string {
  const source = readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return outputText
    .replace(/^import .*;$/gm, '')
    .replace(/^export \{\};?$/gm, '')
    .replace(/^export /gm, '');
}

/** The parts in one scope, run at once with the tap's source. */
export function probeScript(): string {
  if (cached) return cached;
  const body = PARTS.map(transpiledPart).join('\n');
  // tsx names functions with an `__name` helper; functions Playwright sends to the page may carry it.
  const shim = 'globalThis.__name ??= (target) => target;';
  cached = `${shim}\n(() => {\n${body}\ninstallProbe(${JSON.stringify(TAP_WORKLET)});\n})();`;
  return cached;
}

export async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: probeScript() });
}

/** A copy of everything recorded so far, with the page's time origin for clock conversions. */
export async function readProbe(page: Page): Promise<{ records: ProbeRecords; timeOrigin: number }> {
  return page.evaluate(() => ({ records: window.__benchProbe, timeOrigin: performance.timeOrigin }));
}
