// `npm run bench -- turns`: the candidate's turn, end to end in Node. A spoken corpus made now
// (bench/turns/corpus.ts: espeak-ng, 3 voices × 2 rates, 48 answers, half with a 1.2–2.5 s
// thinking pause, pink noise at 20 dB SNR, the interviewer's questions as echo) runs through
// the app's detector pipeline with each detector (energy, Silero, fvad), and the detector's
// events through the interview's own end-of-turn policy. The baseline is a 3.1-style server
// VAD that ends the turn after 1.0 s of silence whatever it is told (an ideal one: it knows
// exactly where the speech is), and for echo the same detector never told the interviewer plays.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../e2e/support/token-server-process.ts';
import { toFigure } from '../figure.ts';
import type { Figure } from '../types.ts';
import { comparisonTable, figuresOf, type DetectorFigures } from '../turns/compare.ts';
import { makeCorpus, type Corpus } from '../turns/corpus.ts';
import { energyClassifier, runDetector, sileroClassifier, type Classifier } from '../turns/detect.ts';
import { fvadClassifier } from '../turns/fvad-classifier.ts';
import { earlySweepTable } from '../turns/early-sweep.ts';
import { bargeInsHeard, scoreRun, serverVadOutcome, type HeardEvent, type TurnPolicy } from '../turns/score.ts';

/** Early hand-over floors tried on Silero's events (the app's: 150 ms, early-hand-over.ts); a floor past the confident wait means none. */
const EARLY_FLOORS_MS = [150, 300, 450, 10_000];

/** The detector the app ships (web/src/services/voice-activity/silero-from-origin.ts). */
const SHIPPED = 'silero';

interface PolicyModule {
  createEndOfTurnPolicy: (o: {
    patience: 'quick' | 'normal' | 'relaxed';
    languageCode: string;
    earlySilenceMs?: number;
  }) => TurnPolicy;
}

export interface TurnsResult {
  figures: Figure[];
  comparison: string;
  details: { detectors: DetectorFigures[]; answers: number; audioSeconds: number };
}

async function measure(
  corpus: Corpus,
  policy: () => TurnPolicy,
  name: string,
  kind: string,
  model: () => Promise<Classifier | undefined>,
  echoGuard = true,
  onEvents?: (events: HeardEvent[]) => void,
): Promise<DetectorFigures> {
  const run = await runDetector(corpus, await model(), echoGuard);
  onEvents?.(run.events);
  const score = {
    ...scoreRun(corpus.episodes, run.events, policy),
    bargeInsHeard: bargeInsHeard(corpus.bargeIns, run.events),
  };
  return figuresOf(name, score, run, kind);
}

export async function benchTurns(): Promise<TurnsResult> {
  const started = performance.now();
  const corpus = makeCorpus();
  console.error(`bench: turns corpus made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { createEndOfTurnPolicy } = (await import(
    pathToFileURL(join(REPO_ROOT, 'web/src/features/interview/turn/end-of-turn-policy.ts')).href
  )) as PolicyModule;
  const policy = () => createEndOfTurnPolicy({ patience: 'normal', languageCode: 'en-US' });
  let sileroEvents: HeardEvent[] = [];
  const detectors = [
    await measure(corpus, policy, 'energy', 'energy', () => Promise.resolve(undefined)),
    await measure(corpus, policy, 'silero', 'silero', sileroClassifier, true, (events) => (sileroEvents = events)),
    await measure(corpus, policy, 'fvad (mode 1, 3 while playing)', 'fvad', () => fvadClassifier(1)),
  ];
  const shipped = detectors.find((d) => d.name === SHIPPED) ?? detectors[0];
  if (!shipped) throw new Error('no detector ran');
  const unguarded = await measure(
    corpus,
    policy,
    `${SHIPPED}, no echo guard`,
    SHIPPED,
    SHIPPED === 'silero' ? sileroClassifier : energyClassifier,
    false,
  );
  const server = corpus.episodes.map(serverVadOutcome);
  const serverDelays = server.flatMap((o) => (o.kind === 'complete' ? [o.delayMs] : []));
  const answers = corpus.episodes.length;
  const ran = shipped.kinds.at(-1) ?? 'energy';
  const takeBacks = shipped.takeBacks;
  const figures = [
    toFigure({
      id: 'turns-cutoffs',
      label: `Answers whose reply was released inside a pause, audible (of ${answers}; detector: ${ran})`,
      unit: 'count',
      values: [shipped.cutOffs],
      baseline: [server.filter((o) => o.kind === 'cut').length],
      budget: { on: 'median', max: 0, text: '0' },
      noP95: true,
    }),
    toFigure({
      id: 'turns-cut-upstream',
      label: 'Answers handed to the model inside a pause and kept there (reply released after the answer)',
      unit: 'count',
      values: [shipped.cutUpstreamOnly],
      budget: { on: 'median', max: 0, text: '0' },
      noP95: true,
    }),
    toFigure({
      id: 'turns-end-of-turn',
      label: 'Hand-over upstream (activityEnd) after a complete answer',
      unit: 'ms',
      values: shipped.upstreamDelays,
      baseline: serverDelays,
      budget: { on: 'median', max: 400, text: 'median ≤ 400 ms (target 300)' },
    }),
    toFigure({
      id: 'turns-audible',
      label: 'Interviewer audible at the earliest (the held reply released) after a complete answer',
      unit: 'ms',
      values: shipped.delays,
      baseline: serverDelays,
    }),
    toFigure({
      id: 'turns-take-backs',
      label: `Take-backs per answer (${takeBacks['thinking-pause']} in thinking pauses, ${takeBacks['between-sentences']} between sentences, ${takeBacks['after-answer']} after the answer)`,
      unit: 'x',
      values: [(takeBacks['thinking-pause'] + takeBacks['between-sentences'] + takeBacks['after-answer']) / answers],
      noP95: true,
    }),
    toFigure({
      id: 'turns-take-back-after',
      label: 'activityEnd → take-back: how long the model had to begin a reply the candidate never hears',
      unit: 'ms',
      values: shipped.takeBackAfterMs,
    }),
    toFigure({
      id: 'turns-taken-back-in-thinking',
      label: 'activityEnd sent inside a thinking pause and taken back (the model began a reply never heard)',
      unit: 'count',
      values: [takeBacks['thinking-pause']],
      noP95: true,
    }),
    toFigure({
      id: 'turns-false-barge-ins',
      label: 'False barge-ins from the interviewer’s echo (baseline: no echo guard)',
      unit: 'count',
      values: [shipped.falseBargeIns],
      baseline: [unguarded.falseBargeIns],
      budget: { on: 'median', max: 0, text: '0' },
      noP95: true,
    }),
    toFigure({
      id: 'turns-barge-ins-heard',
      label: `The candidate talking over the interviewer, heard (of ${corpus.bargeIns.length})`,
      unit: 'count',
      values: [shipped.bargeInsHeard],
      budget: { on: 'median', min: corpus.bargeIns.length, text: `all ${corpus.bargeIns.length}` },
      noP95: true,
    }),
    toFigure({
      id: 'turns-not-heard',
      label: 'Answers the detector never heard',
      unit: 'count',
      values: [shipped.neverHeard],
      budget: { on: 'median', max: 0, text: '0' },
      noP95: true,
    }),
    toFigure({
      id: 'turns-cpu',
      label: `Detector CPU per second of audio (${ran}, Node)`,
      unit: 'ms',
      values: [shipped.cpuMsPerAudioSecond],
      noP95: true,
    }),
  ];
  const audioSeconds = corpus.samples.length / 16000;
  return {
    figures,
    comparison: [
      comparisonTable([...detectors, unguarded], answers, corpus.bargeIns.length),
      earlySweepTable(
        corpus.episodes,
        sileroEvents,
        (floor) => createEndOfTurnPolicy({ patience: 'normal', languageCode: 'en-US', earlySilenceMs: floor }),
        EARLY_FLOORS_MS,
      ),
    ].join('\n\n'),
    details: { detectors: [...detectors, unguarded], answers, audioSeconds },
  };
}
