import { Show, type Component } from 'solid-js';
import type { InterviewRecord, Turn } from '../../lib/interview';
import type { InterviewReport } from '../../../../contracts/report-schema.ts';
import { interviewDurationMs } from '../../lib/transcript-export';
import { formatDuration, formatWhen } from '../../lib/format';

/** Topic, level, date, duration and, once there is a report, the overall score. */
export const ReportHeader: Component<{ record: InterviewRecord; turns: Turn[]; report?: InterviewReport }> = (
  props,
) => (
  <header class="report-head">
    <div class="report-head-text">
      <p class="eyebrow">Interview report</p>
      <h1>{props.record.setup.topic}</h1>
      <dl class="fact-list">
        <div>
          <dt>Level</dt>
          <dd>{props.record.setup.level}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <time datetime={new Date(props.record.createdAt).toISOString()}>{formatWhen(props.record.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(interviewDurationMs(props.record, props.turns))}</dd>
        </div>
        <Show when={props.record.status !== 'ended'}>
          <div>
            <dt>Status</dt>
            <dd>
              <span class="badge badge-unfinished">Unfinished</span>
            </dd>
          </div>
        </Show>
      </dl>
      <Show when={props.record.status !== 'ended'}>
        <p class="report-unfinished-note">
          This interview was cut off before the end. Everything you said up to then is kept below.
        </p>
      </Show>
    </div>
    {/* A report may give no overall score (null: nothing to judge by); then no badge. */}
    <Show when={typeof props.report?.overallScore === 'number' ? props.report.overallScore : undefined}>
      {(score) => <ScoreBadge score={score()} />}
    </Show>
  </header>
);

/** The band words go with the number so that colour is never the only signal. */
export function scoreBand(score: number): 'strong' | 'solid' | 'developing' | 'early' {
  if (score >= 80) return 'strong';
  if (score >= 60) return 'solid';
  if (score >= 40) return 'developing';
  return 'early';
}

const BAND_LABEL = { strong: 'Strong', solid: 'Solid', developing: 'Developing', early: 'Early days' } as const;

export const ScoreBadge: Component<{ score: number }> = (props) => (
  <div class={`score-badge band-${scoreBand(props.score)}`}>
    <p class="score-label">Overall score</p>
    <p class="score-value">
      <span class="score-number">{props.score}</span>
      <span class="score-out-of">/100</span>
    </p>
    <p class="score-band">{BAND_LABEL[scoreBand(props.score)]}</p>
  </div>
);
