// A row says "In progress" only while some tab runs its interview. Recovery at app start can
// miss one: a page that was just reloaded or closed still holds the interview's lock for a
// moment while it unloads (seen in e2e: the room reloaded, then left for /history at once; the
// row stayed "In progress"), and the list may be read before that recovery has written. Nothing
// looked again until the next app start. So while a 'live' row shows, History waits for its
// interview's lock to be free, then runs the same recovery, which still leaves alone any
// interview a tab holds by then (one resuming, say), and lists again.

export interface LiveRowWatchDeps {
  /** True once no tab runs the interview; false when aborted or when nothing can tell. */
  whenNoTabRuns(interviewId: string, signal: AbortSignal): Promise<boolean>;
  /** Marks as unfinished every 'live' interview no tab holds now. */
  recover(): Promise<unknown>;
  /** Reads the rows again (never rejects); it calls `show` with the ones still live. */
  refresh(): Promise<void>;
}

export interface LiveRowWatch {
  /** The ids of the rows now shown as live: new ones are watched, the others no longer. */
  show(liveIds: readonly string[]): void;
  stop(): void;
}

export function makeLiveRowWatch(deps: LiveRowWatchDeps): LiveRowWatch {
  const watching = new Map<string, AbortController>();
  let stopped = false;

  async function watch(id: string, control: AbortController): Promise<void> {
    if (!(await deps.whenNoTabRuns(id, control.signal)) || watching.get(id) !== control) return;
    watching.delete(id);
    try {
      await deps.recover();
    } catch {
      // Storage refused: the row stays as it is until the next app start tries again.
      return;
    }
    // A row still live after this (a tab took the interview back) is watched again by `show`.
    if (!stopped) await deps.refresh();
  }

  return {
    show(liveIds) {
      if (stopped) return;
      for (const [id, control] of watching) {
        if (liveIds.includes(id)) continue;
        control.abort();
        watching.delete(id);
      }
      for (const id of liveIds) {
        if (watching.has(id)) continue;
        const control = new AbortController();
        watching.set(id, control);
        void watch(id, control);
      }
    },
    stop() {
      stopped = true;
      for (const control of watching.values()) control.abort();
      watching.clear();
    },
  };
}
