// A link into the transcript: the app's router takes over same-page links, so the browser's own
// jump to a #fragment (scroll and focus) never happens. This does it by hand, so keyboard and
// screen-reader users land on the line too, not just sighted mouse users.
import { turnAnchor } from './TranscriptSection';

/** Moves focus to a transcript line and brings it into view; false when the line is not on the page. */
export function focusTurn(seq: number): boolean {
  const line = document.getElementById(turnAnchor(seq));
  if (!line) return false;
  line.focus({ preventScroll: true });
  line.scrollIntoView({ block: 'center' });
  return true;
}
