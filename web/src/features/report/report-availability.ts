// Whether the server will write a report right now, asked before one is requested: a server
// whose report model is gone (or that has no key) would only fail after a wait, so the page says
// at once what is off and why (its /api/health reason). A health check that fails says nothing:
// the report is then asked for as usual, and its own error explains.
import { readServerFeatures } from '../../services/api/feature-status';
import type { ApiClient } from '../../services/api/types';

/** The server's reason the report is off, or undefined when it is on or could not be asked. */
export async function reportOffReason(
  api: Pick<ApiClient, 'health'>,
  signal?: AbortSignal,
): Promise<string | undefined> {
  try {
    const report = readServerFeatures(await api.health(signal)).report;
    return report.ok ? undefined : report.reason;
  } catch {
    return undefined;
  }
}
