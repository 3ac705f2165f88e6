// One detector's figures on the corpus, for the comparison table and the suite's rows.

import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../e2e/support/token-server-process.ts';
import { median, percentile } from '../stats.ts';
import type { AnswerOutcome, Score } from './score.ts';

export interface DetectorFigures {
  name: string;
  kinds: string[];
  cutOffs: number;
  cutInThinkingPause: number;
  neverHeard: number;
  notHandedOver: number;
  delays: number[];
  falseBargeIns: number;
  bargeInsHeard: number;
  cpuMsPerAudioSecond: number;
  downloadGzKB: number;
}

/** What each detector adds to the download, gzipped at level 6, from the files the build copies. */
const DOWNLOADS: Record<string, string[]> = {
  energy: [],
  silero: [
    'onnxruntime-web/dist/ort-wasm-simd-threaded.wasm',
    '@ricky0123/vad-web/dist/silero_vad_v5.onnx',
    'onnxruntime-web/dist/ort.wasm.bundle.min.mjs',
  ],
  fvad: ['@echogarden/fvad-wasm/fvad.wasm', '@echogarden/fvad-wasm/fvad.js'],
};

export function downloadGzKB(kind: string): number {
  const files = DOWNLOADS[kind] ?? [];
  return (
    files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(REPO_ROOT, 'node_modules', file)), { level: 6 }).length,
      0,
    ) / 1024
  );
}

export function figuresOf(
  name: string,
  score: Score & { bargeInsHeard: number },
  run: { kinds: string[]; cpuMsPerAudioSecond: number },
  downloadKind: string,
): DetectorFigures {
  const of = (kind: AnswerOutcome['kind']) => score.outcomes.filter((o) => o.kind === kind);
  const cuts = score.outcomes.flatMap((o) => (o.kind === 'cut' ? [o] : []));
  return {
    name,
    kinds: run.kinds,
    cutOffs: cuts.length,
    cutInThinkingPause: cuts.filter((c) => c.inThinkingPause).length,
    neverHeard: of('never-heard').length,
    notHandedOver: of('not-handed-over').length,
    delays: score.outcomes.flatMap((o) => (o.kind === 'complete' ? [o.delayMs] : [])),
    falseBargeIns: score.falseBargeIns,
    bargeInsHeard: score.bargeInsHeard,
    cpuMsPerAudioSecond: run.cpuMsPerAudioSecond,
    downloadGzKB: downloadGzKB(downloadKind),
  };
}

export function comparisonTable(rows: DetectorFigures[], answers: number, bargeIns: number): string {
  const head = `| detector (${answers} answers) | cut-offs (in a thinking pause) | not heard | not handed over | end of turn median / p95 ms | false barge-ins | barge-ins heard (of ${bargeIns}) | CPU ms per s of audio | download gz KB |`;
  const line = (r: DetectorFigures) =>
    `| ${r.name} | ${r.cutOffs} (${r.cutInThinkingPause}) | ${r.neverHeard} | ${r.notHandedOver} | ${fmt(median(r.delays))} / ${fmt(percentile(r.delays, 95))} | ${r.falseBargeIns} | ${r.bargeInsHeard} | ${r.cpuMsPerAudioSecond.toFixed(1)} | ${Math.round(r.downloadGzKB)} |`;
  return [head, '|---|---|---|---|---|---|---|---|---|', ...rows.map(line)].join('\n');
}

const fmt = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');
