// What the setup screen says about a preparation pack being written, in one sentence for its
// live region. Pure, so the wording is tested without a browser.
import type { PrepareStatus } from './create-prepare';

function sources(withCv: boolean, withJob: boolean): string {
  if (withCv && withJob) return 'your topic, CV and job description';
  if (withCv) return 'your topic and CV';
  if (withJob) return 'your topic and the job description';
  return 'your topic';
}

export function prepareMessage(status: PrepareStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'preparing':
      return `Writing your preparation pack from ${sources(status.withCv, status.withJob)}… this usually takes 10 to 30 seconds.`;
    case 'failed':
      return `The preparation pack could not be written. ${status.failure.message}`;
  }
}
