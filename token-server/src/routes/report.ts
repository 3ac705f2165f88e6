import { Hono } from 'hono';
import { apiErrors } from '../http/api-error.ts';
import { limitBody, requireJson, validJson } from '../http/request-body.ts';
import { hasCandidateWords, reportRequestSchema } from '../../../contracts/report-request.ts';
import type { ReportWriter } from '../upstream/gemini.ts';
import type { RouteKit } from './route-kit.ts';

/** Writing a report on a long transcript can take the model a minute or more. */
export const REPORT_DEADLINE_MS = 120_000;
export const REPORT_BODY_LIMIT_BYTES = 1024 * 1024;

/** POST /api/report: the written feedback for one interview, validated before it is returned. */
export function reportRoutes(kit: RouteKit, writer: ReportWriter | undefined): Hono {
  const app = new Hono();
  if (!writer) {
    app.post('/', kit.paidGate, () => {
      throw apiErrors.reportUnconfigured();
    });
    return app;
  }
  app.post(
    '/',
    kit.paidGate,
    limitBody(REPORT_BODY_LIMIT_BYTES),
    requireJson,
    validJson(reportRequestSchema),
    async (c) => {
      const request = c.req.valid('json');
      if (!hasCandidateWords(request)) throw apiErrors.transcriptEmpty();
      return c.json(await writer.write(request, kit.deadline(REPORT_DEADLINE_MS)));
    },
  );
  return app;
}
