// What the report page says about writing the report, in one sentence for its live region.
import type { Generation } from './create-report-page';
import { notEnoughSentence } from './evidence-floor';
import { NOTHING_TO_ASSESS } from './report-errors';
import { featureOffSentence, ownerFixSentence } from '../../ui/feature-notices';

export type MessageTone = 'progress' | 'info' | 'error' | 'done';

export function generationMessage(generation: Generation, hasReport: boolean): { text: string; tone: MessageTone } {
  switch (generation.status) {
    case 'idle':
      return { text: '', tone: 'info' };
    case 'generating':
      return {
        text: hasReport
          ? 'Writing a new report… the current one stays until it is ready.'
          : 'Writing your report… this usually takes under a minute.',
        tone: 'progress',
      };
    case 'offer':
      return {
        text: 'There is no report for this interview yet. You can get one on the answers you gave before it was cut off.',
        tone: 'info',
      };
    case 'cancelled':
      return {
        text: 'You stopped writing the report. Write it whenever you are ready; your transcript is kept.',
        tone: 'info',
      };
    case 'impossible':
      return { text: NOTHING_TO_ASSESS, tone: 'info' };
    case 'thin':
      return { text: `Not enough to judge. ${notEnoughSentence(generation.evidence)}`, tone: 'info' };
    case 'off':
      return {
        text: `${featureOffSentence('report', generation.reason)} Your transcript and speaking statistics are below. If you run this server: ${ownerFixSentence('report', generation.reason)}`,
        tone: 'info',
      };
    case 'failed':
      return { text: `The report could not be written. ${generation.failure.message}`, tone: 'error' };
    case 'done':
      return { text: generation.notice ?? 'Your report is ready.', tone: generation.notice ? 'info' : 'done' };
  }
}
