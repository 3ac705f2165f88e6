// What "Prepare" sends to POST /api/prep: the setup's topic, level, language, CV and job, within
// the limits the server accepts (token-server/src/prep/request-schema.ts), so a long CV is
// shortened here instead of being refused there.
import type { InterviewSetup } from '../../lib/interview';
import type { PrepRequest } from '../../services/api/types';

export const PREP_REQUEST_LIMITS = { topic: 200, cvText: 60_000, jobTitle: 200, jobDescription: 30_000 } as const;

const cap = (text: string, max: number): string => (text.length <= max ? text : text.slice(0, max));

export function buildPrepRequest(setup: InterviewSetup): PrepRequest {
  const request: PrepRequest = {
    topic: cap(setup.topic.trim(), PREP_REQUEST_LIMITS.topic),
    level: setup.level,
    languageCode: setup.languageCode,
  };
  const cv = setup.cvText?.trim();
  if (cv) request.cvText = cap(cv, PREP_REQUEST_LIMITS.cvText);
  const title = setup.jobDescription?.title.trim();
  if (title) request.jobTitle = cap(title, PREP_REQUEST_LIMITS.jobTitle);
  const text = setup.jobDescription?.text.trim();
  if (text) request.jobDescription = cap(text, PREP_REQUEST_LIMITS.jobDescription);
  return request;
}
