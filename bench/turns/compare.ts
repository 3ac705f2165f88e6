// One detector's figures on the corpus, for the comparison table and the suite's rows.

import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../e2e/support/token-server-process.ts';
import { median, percentile } from '../stats.ts';
import type { AnswerOutcome, Score, TakeBackPlace } from './score.ts';

export interface DetectorFigures {
  name: string;
  kinds: string[];
  /** Replies the candidate heard inside a pause (released before the answer was over). */
  cutOffs: number;
  cutInThinkingPause: number;
  /** The model kept a turn handed over before the answer was over, though its reply came after it. */
  cutUpstreamOnly: number;
  /** End of answer → activityEnd, complete answers. */
  upstreamDelays: number[];
  takeBacks: Record<TakeBackPlace, number>;
  /** activityEnd → take-back, each: how long the model had to begin a reply never heard. */
  takeBackAfterMs: number[];
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
  const heard = cuts.filter((c) => c.audible);
  const takeBacks = score.outcomes.flatMap((o) => ('takeBacks' in o ? o.takeBacks : []));
  const taken = (where: TakeBackPlace) => takeBacks.filter((t) => t.where === where).length;
  return {
    name,
    kinds: run.kinds,
    cutOffs: heard.length,
    cutInThinkingPause: heard.filter((c) => c.inThinkingPause).length,
    cutUpstreamOnly: cuts.length - heard.length,
    upstreamDelays: score.outcomes.flatMap((o) => (o.kind === 'complete' ? [o.upstreamMs] : [])),
    takeBacks: {
      'thinking-pause': taken('thinking-pause'),
      'between-sentences': taken('between-sentences'),
      'after-answer': taken('after-answer'),
    },
    takeBackAfterMs: takeBacks.map((t) => t.afterMs),
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
  const head = `| detector (${answers} answers) | cut-offs heard (in a thinking pause) / upstream only | not heard | not handed over | activityEnd median / p95 ms | audible median / p95 ms | take-backs: thinking pause / between sentences / after | false barge-ins | barge-ins heard (of ${bargeIns}) | CPU ms per s of audio | download gz KB |`;
  const line = (r: DetectorFigures) =>
    `| ${r.name} | ${r.cutOffs} (${r.cutInThinkingPause}) / ${r.cutUpstreamOnly} | ${r.neverHeard} | ${r.notHandedOver} | ${spread(r.upstreamDelays)} | ${spread(r.delays)} | ${r.takeBacks['thinking-pause']} / ${r.takeBacks['between-sentences']} / ${r.takeBacks['after-answer']} | ${r.falseBargeIns} | ${r.bargeInsHeard} | ${r.cpuMsPerAudioSecond.toFixed(1)} | ${Math.round(r.downloadGzKB)} |`;
  return [head, '|---|---|---|---|---|---|---|---|---|---|---|', ...rows.map(line)].join('\n');
}

const fmt = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');
const spread = (values: number[]) => `${fmt(median(values))} / ${fmt(percentile(values, 95))}`;
