// Which lines each trend chart draws, from the points: pure, so the charts' content is tested
// without a canvas. Colour and dash both tell lines apart, so colour is never the only difference.
import { RUBRIC_KEYS, type RubricKey } from '../../../../contracts/report-schema.ts';
import type { TrendPoint } from './trend-points';

export interface TrendLine {
  label: string;
  values: (number | null)[];
  colour: string;
  dash?: number[];
}

export interface TrendChartSpec {
  id: string;
  title: string;
  range: [number, number] | undefined;
  lines: TrendLine[];
}

export const RUBRIC_LABELS: Record<RubricKey, string> = {
  communication: 'Communication',
  domainKnowledge: 'Knowledge',
  structure: 'Structure',
  relevance: 'Relevance',
};

const RUBRIC_STYLE: Record<RubricKey, { colour: string; dash?: number[] }> = {
  communication: { colour: '#1f3a5f' },
  domainKnowledge: { colour: '#2f855a', dash: [8, 4] },
  structure: { colour: '#b7791f', dash: [2, 4] },
  relevance: { colour: '#9b2c2c', dash: [10, 3, 2, 3] },
};

const hasValue = (line: TrendLine) => line.values.some((v) => v !== null);

/** The four charts; a chart with nothing to draw is left out. */
export function trendCharts(points: readonly TrendPoint[]): TrendChartSpec[] {
  const charts: TrendChartSpec[] = [
    {
      id: 'overall',
      title: 'Overall score (out of 100)',
      range: [0, 100],
      lines: [{ label: 'Overall', values: points.map((p) => p.overall), colour: '#1f3a5f' }],
    },
    {
      id: 'rubric',
      title: 'Scores by criterion (1 to 5)',
      range: [1, 5],
      lines: RUBRIC_KEYS.map((key) => ({
        label: RUBRIC_LABELS[key],
        values: points.map((p) => p.rubric[key]),
        ...RUBRIC_STYLE[key],
      })),
    },
    {
      id: 'pace',
      title: 'Words per minute',
      range: undefined,
      lines: [{ label: 'Words per minute', values: points.map((p) => p.wordsPerMinute), colour: '#2c7a7b' }],
    },
    {
      id: 'fillers',
      title: 'Fillers per 100 words',
      range: undefined,
      lines: [{ label: 'Fillers per 100 words', values: points.map((p) => p.fillersPer100), colour: '#6b46c1' }],
    },
  ];
  return charts.map((c) => ({ ...c, lines: c.lines.filter(hasValue) })).filter((c) => c.lines.length > 0);
}

/** What a screen reader hears for one chart: each line from its first to its latest value. */
export function describeChart(chart: TrendChartSpec): string {
  const parts = chart.lines.map((line) => {
    const known = line.values.filter((v): v is number => v !== null);
    const first = known[0];
    const last = known.at(-1);
    if (first === undefined || last === undefined) return '';
    return known.length === 1
      ? `${line.label}: ${first}.`
      : `${line.label}: from ${first} to ${last} over ${known.length} interviews.`;
  });
  return `${chart.title}. ${parts.filter(Boolean).join(' ')}`;
}
