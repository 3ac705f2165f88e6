// The room's keyboard shortcuts for the turn: hold Space to keep it, Enter to hand it over.
// They apply only when focus is not somewhere that uses those keys itself: a text field (the
// typed answer needs Space and Enter), a button or link (Space and Enter press it), a select.

export type TurnKeyAction = 'hold' | 'release' | 'done';

interface KeyLike {
  key: string;
  repeat: boolean;
  target: EventTarget | null;
}

/** Elements whose own behaviour for Space and Enter must win. */
const OWN_KEYS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'SUMMARY']);

function usesKeysItself(target: EventTarget | null): boolean {
  if (typeof target !== 'object' || target === null || !('tagName' in target)) return false;
  const el = target as { tagName: string; isContentEditable?: boolean };
  return OWN_KEYS.has(el.tagName.toUpperCase()) || el.isContentEditable === true;
}

/** What a keydown means for the turn, if anything. */
export function turnKeyDown(e: KeyLike): TurnKeyAction | undefined {
  if (usesKeysItself(e.target)) return undefined;
  if (e.key === ' ' && !e.repeat) return 'hold';
  if (e.key === 'Enter' && !e.repeat) return 'done';
  return undefined;
}

/** Letting go of Space ends the hold wherever focus went meanwhile. */
export function turnKeyUp(e: KeyLike): TurnKeyAction | undefined {
  return e.key === ' ' ? 'release' : undefined;
}
