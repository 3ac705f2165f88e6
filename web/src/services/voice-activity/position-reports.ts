// When the voice-activity worker tells the page how far it has heard. Each report is a task on
// the page's thread, and the capture frames come every 10 ms, so the worker reports only while
// the page follows the stream (it times a turn: the candidate's answer, its pauses, a held
// reply), and then at most once per REPORT_EVERY_MS of audio: the turn timer's own resolution
// (turn-taking.ts never checks sooner than 20 ms). Events carry the stream time themselves, so
// the page's clock moves with every event whether it follows the stream or not.

/** Stream time between two position reports while the page follows the stream. */
export const REPORT_EVERY_MS = 20;

export class PositionReports {
  /** Followed from the start: a page that never says otherwise gets every report it used to. */
  private following = true;
  private reportedMs = Number.NEGATIVE_INFINITY;

  follow(on: boolean): void {
    this.following = on;
    // The first frame after the page starts following is reported at once.
    if (on) this.reportedMs = Number.NEGATIVE_INFINITY;
  }

  /** The worker has heard up to `streamMs`: whether to report it now. */
  due(streamMs: number): boolean {
    if (!this.following || streamMs - this.reportedMs < REPORT_EVERY_MS) return false;
    this.reportedMs = streamMs;
    return true;
  }
}
