// Keeps the interview record's judgement in step with its transcript, so History (which does
// not read turns) knows which interviews had too little to judge. A record that later got more
// answers (resumed after a reload) loses the mark.
import type { InterviewRecord } from '../../lib/interview';
import type { Store } from '../../services/storage/types';
import type { Evidence } from './evidence-floor';

export async function syncJudgement(
  store: Pick<Store, 'updateInterview'>,
  record: InterviewRecord,
  evidence: Evidence,
): Promise<InterviewRecord> {
  const thin = !evidence.enough;
  if (thin === (record.judgement === 'not_enough_to_judge')) return record;
  const { judgement: _old, ...rest } = record;
  const next: InterviewRecord = thin ? { ...rest, judgement: 'not_enough_to_judge' } : rest;
  // The mark is a convenience for History; failing to save it must not stop the report page.
  await store.updateInterview(record.id, { judgement: next.judgement }).catch(() => undefined);
  return next;
}
