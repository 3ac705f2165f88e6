import type { ImportSummary, InterviewBundle, PrepPackRecord, StoreSnapshot } from './types';

export interface ImportPlan {
  interviews: InterviewBundle[];
  prepPacks: PrepPackRecord[];
  summary: ImportSummary;
}

/**
 * Decides what an import adds: only records whose id is neither stored already nor earlier in
 * the same file. Shared by every Store so "duplicates skipped, nothing overwritten" means the
 * same thing everywhere.
 */
export function pickNew(
  snapshot: StoreSnapshot,
  storedInterviewIds: ReadonlySet<IDBValidKey>,
  storedPackIds: ReadonlySet<IDBValidKey>,
): ImportPlan {
  const seenInterviews = new Set(storedInterviewIds);
  const seenPacks = new Set(storedPackIds);
  const interviews = snapshot.interviews.filter((bundle) => claim(seenInterviews, bundle.interview.id));
  const prepPacks = snapshot.prepPacks.filter((pack) => claim(seenPacks, pack.id));
  return {
    interviews,
    prepPacks,
    summary: {
      interviewsAdded: interviews.length,
      interviewsSkipped: snapshot.interviews.length - interviews.length,
      prepPacksAdded: prepPacks.length,
      prepPacksSkipped: snapshot.prepPacks.length - prepPacks.length,
    },
  };
}

/** True the first time an id is seen; remembers it. */
function claim(seen: Set<IDBValidKey>, id: string): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}
